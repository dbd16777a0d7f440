package org.nianbao.chart;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * Writes an opaque RGB image as PNG: IHDR, one IDAT, IEND, and nothing else (no time, no metadata),
 * so that the same pixels always give the same bytes. Rows are unfiltered and compressed by
 * {@link PixelDeflater}, which finds a chart's repeats several times faster than zlib.
 */
final class PngEncoder {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    /** Signature (8), IHDR chunk (25), IDAT's length and type (8): the bytes before the compressed pixels. */
    private static final int HEAD = 41;
    /** IDAT's CRC (4), IEND chunk (12): the bytes after them. */
    private static final int TAIL = 16;
    /** Each thread's deflater, whose buffers serve every image the thread encodes. */
    private final ThreadLocal<PixelDeflater> deflaters = ThreadLocal.withInitial(PixelDeflater::new);
    /**
     * Encodes the top-left {@code width} × {@code height} pixels of {@code image}, which must be
     * {@link BufferedImage#TYPE_INT_RGB}; the image may be larger (a reused canvas).
     */
    public byte[] encode(BufferedImage image, int width, int height) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("expected TYPE_INT_RGB, got image type " + image.getType());
        }
        return encode(((DataBufferInt) image.getRaster().getDataBuffer()).getData(), image.getWidth(), width, height);
    }

    /** Encodes the top-left {@code width} × {@code height} of opaque RGB {@code pixels}, {@code stride} a row. */
    public byte[] encode(int[] pixels, int stride, int width, int height) {
        return encode(pixels, stride, width, height, false, 0);
    }

    /**
     * Encodes as {@link #encode(int[], int, int, int)}, then leaves those pixels {@code background}: a
     * reused canvas is clean again without being filled (see {@link PixelDeflater}).
     */
    byte[] encodeAndClear(int[] pixels, int stride, int width, int height, int background) {
        return encode(pixels, stride, width, height, true, background);
    }

    private byte[] encode(int[] pixels, int stride, int width, int height, boolean clear, int background) {
        // the stream is written straight after the IDAT chunk's head, in this thread's deflater's buffer
        PixelDeflater deflater = deflaters.get();
        int n = deflater.deflate(pixels, stride, width, height, HEAD, TAIL, clear, background);
        byte[] b = deflater.buffer();
        System.arraycopy(SIGNATURE, 0, b, 0, SIGNATURE.length);
        putInt(b, 8, 13);
        putAscii(b, 12, "IHDR");
        putInt(b, 16, width);
        putInt(b, 20, height);
        b[24] = 8; // bit depth
        b[25] = 2; // colour type: RGB
        b[26] = 0; // compression, filter and interlace methods: the only ones
        b[27] = 0;
        b[28] = 0;
        putCrc(b, 12, 17);
        putInt(b, 33, n);
        putAscii(b, 37, "IDAT");
        putCrc(b, 37, 4 + n);
        int at = HEAD + n + 4;
        putInt(b, at, 0);
        putAscii(b, at + 4, "IEND");
        putCrc(b, at + 4, 4);
        return Arrays.copyOf(b, at + 12);
    }

    /** Writes the CRC of {@code b[from, from + n)} (a chunk's type and data) right after them. */
    private static void putCrc(byte[] b, int from, int n) {
        CRC32 crc = new CRC32();
        crc.update(b, from, n);
        putInt(b, from + n, (int) crc.getValue());
    }

    private static void putAscii(byte[] b, int at, String s) {
        for (int i = 0; i < s.length(); i++) {
            b[at + i] = (byte) s.charAt(i);
        }
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }
}
