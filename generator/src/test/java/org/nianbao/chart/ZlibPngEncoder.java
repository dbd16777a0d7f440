package org.nianbao.chart;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * The PNG encoder nianbao used before {@link PixelDeflater}: unfiltered rows through zlib at level 2. Kept
 * for {@link ChartBenchmark} as the baseline measured in the same run, and for tests that compare.
 */
final class ZlibPngEncoder {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private final int level;

    /** @param level the zlib level, 1 (fastest) to 9 (smallest) */
    ZlibPngEncoder(int level) {
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
        // filter "None" on every row: on charts (white space, flat fills, thin lines) it deflates both
        // faster and smaller than Sub, Up or a per-row choice, measured on the demo column's charts
        byte[] filtered = new byte[(rowBytes + 1) * height];
        for (int y = 0, at = 0; y < height; y++) {
            filtered[at++] = 0;
            for (int x = 0, offset = y * stride; x < width; x++) {
                int p = pixels[offset + x];
                filtered[at++] = (byte) (p >> 16);
                filtered[at++] = (byte) (p >> 8);
                filtered[at++] = (byte) p;
            }
        }
        Deflater deflater = new Deflater(level);
        ByteArrayOutputStream idat = new ByteArrayOutputStream(filtered.length / 16 + 1024);
        try {
            deflater.setInput(filtered);
            deflater.finish();
            byte[] buffer = new byte[64 * 1024];
            while (!deflater.finished()) {
                idat.write(buffer, 0, deflater.deflate(buffer));
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
