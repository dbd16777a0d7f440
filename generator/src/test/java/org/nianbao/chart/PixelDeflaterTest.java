package org.nianbao.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.function.IntBinaryOperator;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;

/** The deflater's stream inflates, through zlib, to exactly the unfiltered scanlines it was given. */
class PixelDeflaterTest {
    @Test
    void noiseFlatFillsHatchingAndRepeatsRoundTrip() throws DataFormatException {
        Random random = new Random(11);
        int w = 300;
        int h = 120;
        int[] p = pixels(w, h, (x, y) -> {
            int top = random.nextBoolean() ? 0xff000000 : 0; // Java2D leaves either in the unused byte
            int rgb = y < 20 ? random.nextInt() & 0xffffff // noise: literals only
                    : y < 60 ? 0xffffff // white space: rows alike
                    : (x + y) % 8 < 2 ? 0xffffff : 0x0072b2; // diagonal hatching
            return top | rgb;
        });
        roundTrip(p, w, w, h);
    }

    @Test
    void rowsAlikeAcrossBlocksAndRowsWithAFewNewPixelsRoundTrip() throws DataFormatException {
        // noise bands end deflate blocks amid runs of alike rows (whose tokens are copied from the row above);
        // between them, rows that differ from the one above in a few pixels (their sums are updated)
        Random random = new Random(7);
        int w = 400;
        int h = 600;
        int[] p = pixels(w, h, (x, y) -> {
            int top = (y / 5) % 2 == 0 ? 0xff000000 : 0; // alike rows that differ in the unused byte only
            int rgb = y % 150 < 25 ? random.nextInt() & 0xffffff
                    : x % 50 < 20 ? 0x009e73 : 0xffffff; // bars
            if (y % 7 == 0 && random.nextInt(40) == 0) {
                rgb = random.nextInt() & 0xffffff; // a glyph's pixel
            }
            return top | rgb;
        });
        roundTrip(p, w, w, h);
    }

    @Test
    void aWiderCanvasTinyImagesAndRowsBeyondTheWindowRoundTrip() throws DataFormatException {
        int[] canvas = new int[40 * 10];
        java.util.Arrays.fill(canvas, 0xff336699);
        canvas[5] = 0x00123456;
        roundTrip(canvas, 40, 25, 10); // the top-left 25 × 10 of a 40 wide canvas
        roundTrip(new int[] {0xabcdef}, 1, 1, 1);
        int w = 12_000; // a row of 36,001 bytes: the row above is out of deflate's reach
        int[] wide = new int[w * 3];
        for (int i = 0; i < wide.length; i++) {
            wide[i] = (i / 7) % 5 == 0 ? 0xffffff : 0xd55e00;
        }
        roundTrip(wide, w, w, 3);
    }

    @Test
    void theSamePixelsGiveTheSameBytes() {
        int[] p = new int[64 * 64];
        for (int i = 0; i < p.length; i++) {
            p[i] = (i * 2654435761L) % 7 == 0 ? 0 : 0xffffff;
        }
        assertArrayEquals(PixelDeflater.deflate(p, 64, 64, 64), PixelDeflater.deflate(p.clone(), 64, 64, 64));
    }

    @Test
    void clearingGivesTheSameBytesAndLeavesOnlyBackground() {
        int white = 0xffffffff;
        Random random = new Random(3);
        int stride = 90;
        int w = 80;
        int h = 70;
        // white rows, rows alike, a glyph's pixels at either end of a row, and Java2D's white with a top byte 0
        int[] p = pixels(stride, h, (x, y) -> y < 10 || y % 17 == 0 ? white
                : y < 30 ? (x > 20 && x < 50 ? 0xff0072b2 : white)
                : (x == 0 || x == w - 1) && y % 3 == 0 ? 0xff000000 | random.nextInt()
                : x == 40 && y == 45 ? 0x00ffffff : white);
        int[] beside = new int[h];
        for (int y = 0; y < h; y++) {
            p[y * stride + w] = 0xff123456; // beyond the image's width: not the encoder's to clear
            beside[y] = p[y * stride + w];
        }
        byte[] expected = PixelDeflater.deflate(p.clone(), stride, w, h);
        PixelDeflater deflater = new PixelDeflater();
        int n = deflater.deflate(p, stride, w, h, 0, 0, true, white);
        assertArrayEquals(expected, java.util.Arrays.copyOf(deflater.buffer(), n));
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                assertEquals(white, p[y * stride + x], "pixel " + x + ", " + y);
            }
            assertEquals(beside[y], p[y * stride + w]);
        }
    }

    /** A w × h image, each pixel from {@code pixel}, row by row (so that a seeded Random gives the same image). */
    private static int[] pixels(int w, int h, IntBinaryOperator pixel) {
        int[] p = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                p[y * w + x] = pixel.applyAsInt(x, y);
            }
        }
        return p;
    }

    private static void roundTrip(int[] p, int stride, int w, int h) throws DataFormatException {
        byte[] raw = new byte[(3 * w + 1) * h];
        for (int y = 0, at = 0; y < h; y++) {
            raw[at++] = 0;
            for (int x = 0; x < w; x++) {
                int px = p[y * stride + x];
                raw[at++] = (byte) (px >> 16);
                raw[at++] = (byte) (px >> 8);
                raw[at++] = (byte) px;
            }
        }
        Inflater inflater = new Inflater(); // checks the zlib header and the Adler-32 sum
        inflater.setInput(PixelDeflater.deflate(p, stride, w, h));
        byte[] back = new byte[raw.length + 1];
        int n = inflater.inflate(back);
        assertTrue(inflater.finished(), "the stream ends");
        inflater.end();
        assertEquals(raw.length, n);
        assertArrayEquals(raw, java.util.Arrays.copyOf(back, n));
    }
}
