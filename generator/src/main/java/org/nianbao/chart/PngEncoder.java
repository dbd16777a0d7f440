package org.nianbao.chart;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Writes an opaque RGB image as PNG: IHDR, one IDAT, IEND, and nothing else (no time, no metadata),
 * so that the same pixels always give the same bytes. Rows are unfiltered and compressed by
 * {@link PixelDeflater}, which finds a chart's repeats several times faster than zlib.
 */
public final class PngEncoder {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    /**
     * Encodes the top-left {@code width} × {@code height} pixels of {@code image}, which must be
     * {@link BufferedImage#TYPE_INT_RGB}; the image may be larger (a reused canvas).
     */
    public byte[] encode(BufferedImage image, int width, int height) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("expected TYPE_INT_RGB, got image type " + image.getType());
        }
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        byte[] idat = PixelDeflater.deflate(pixels, image.getWidth(), width, height);
        ByteArrayOutputStream png = new ByteArrayOutputStream(idat.length + 64);
        png.writeBytes(SIGNATURE);
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = 8; // bit depth
        header[9] = 2; // colour type: RGB
        chunk(png, "IHDR", header);
        chunk(png, "IDAT", idat);
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] head = new byte[8];
        putInt(head, 0, data.length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(name, 0, head, 4, 4);
        out.writeBytes(head);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        byte[] tail = new byte[4];
        putInt(tail, 0, (int) crc.getValue());
        out.writeBytes(tail);
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }
}
