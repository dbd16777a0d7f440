package org.nianbao.chart;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes an opaque RGB image as PNG: IHDR, one IDAT, IEND, and nothing else (no time, no metadata),
 * so that the same pixels always give the same bytes. Each row takes the cheaper of the Sub and Up
 * filters, which suits charts (flat areas, straight edges), and is deflated at a fast level.
 */
public final class PngEncoder {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private final int level;

    /** @param level the zlib level, 1 (fastest) to 9 (smallest) */
    public PngEncoder(int level) {
        this.level = level;
    }

    /**
     * Encodes the top-left {@code width} × {@code height} pixels of {@code image}, which must be
     * {@link BufferedImage#TYPE_INT_RGB}; the image may be larger (a reused canvas).
     */
    public byte[] encode(BufferedImage image, int width, int height) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("expected TYPE_INT_RGB, got image type " + image.getType());
        }
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        int stride = image.getWidth();
        int rowBytes = width * 3;
        byte[] prev = new byte[rowBytes];
        byte[] cur = new byte[rowBytes];
        byte[] sub = new byte[rowBytes + 1];
        byte[] up = new byte[rowBytes + 1];
        sub[0] = 1;
        up[0] = 2;
        Deflater deflater = new Deflater(level);
        ByteArrayOutputStream idat = new ByteArrayOutputStream(rowBytes * height / 8 + 1024);
        byte[] buffer = new byte[32 * 1024];
        try {
            for (int y = 0; y < height; y++) {
                int offset = y * stride;
                for (int x = 0, i = 0; x < width; x++) {
                    int p = pixels[offset + x];
                    cur[i++] = (byte) (p >> 16);
                    cur[i++] = (byte) (p >> 8);
                    cur[i++] = (byte) p;
                }
                long subCost = 0;
                long upCost = 0;
                for (int i = 0; i < rowBytes; i++) {
                    byte s = (byte) (cur[i] - (i >= 3 ? cur[i - 3] : 0));
                    byte u = (byte) (cur[i] - prev[i]);
                    sub[i + 1] = s;
                    up[i + 1] = u;
                    subCost += Math.abs(s);
                    upCost += Math.abs(u);
                }
                deflater.setInput(upCost < subCost ? up : sub);
                while (!deflater.needsInput()) {
                    int n = deflater.deflate(buffer);
                    idat.write(buffer, 0, n);
                }
                byte[] t = prev;
                prev = cur;
                cur = t;
            }
            deflater.finish();
            while (!deflater.finished()) {
                int n = deflater.deflate(buffer);
                idat.write(buffer, 0, n);
            }
        } finally {
            deflater.end();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream(idat.size() + 64);
        png.writeBytes(SIGNATURE);
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = 8; // bit depth
        header[9] = 2; // colour type: RGB
        chunk(png, "IHDR", header);
        chunk(png, "IDAT", idat.toByteArray());
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
