package org.nianbao.chart;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Compresses the unfiltered scanlines of an opaque RGB image (each row a filter byte 0 and then R, G, B
 * per pixel) into a zlib stream, much faster than zlib on charts because it looks for repeats where
 * charts have them: the pixel to the left (flat fills and white space) and the row above (straight
 * edges, bars, hatching; other candidates saved too few bytes for their time, see bench/README.md). Matches are whole pixels, found by comparing ints;
 * everything else is a literal. Dynamic Huffman blocks (RFC 1951), so that any inflater reads it. The
 * same pixels always give the same bytes.
 *
 * <p>Most rows of a chart are like the row above (white space, vertical bars): one compare tells, and
 * such a row needs no search for its repeats above, nor new Adler-32 sums; when the row above was like
 * its own above too, it has exactly that row's tokens, which are copied.
 */
final class PixelDeflater {
    /** Tokens per deflate block: each block gets its own Huffman codes. */
    private static final int BLOCK = 1 << 15;
    private static final int MAX_MATCH = 258;
    private static final int ADLER_BASE = 65521;
    private static final int WINDOW = 32768;
    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private static final int[] LENGTH_CODE = new int[259];
    private static final int[] LENGTH_EXTRA_BITS = new int[259];
    private static final int[] LENGTH_EXTRA = new int[259];
    private static final int[] CODE_LENGTH_ORDER = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};

    static {
        int[] base = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131,
            163, 195, 227, 258};
        int[] extra = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
        for (int c = 0; c < base.length; c++) {
            for (int len = base[c]; len < base[c] + (1 << extra[c]) && len <= (c == 28 ? 258 : 257); len++) {
                LENGTH_CODE[len] = 257 + c;
                LENGTH_EXTRA_BITS[len] = extra[c];
                LENGTH_EXTRA[len] = len - base[c];
            }
        }
    }

    // tokens of the current block: a literal byte; MATCH | pixels, a match of 1 to 86 pixels with the pixel
    // to the left; MATCH | UP | pixels, with the row above
    private static final int MATCH = 1 << 30;
    private static final int UP = 1 << 7;
    /** A token of three literals: a pixel's R, G and B. */
    private static final int PIXEL = 1 << 31;
    private final int[] tokens = new int[BLOCK];
    private int count;
    /** Symbols (literals and matches) in the block: a pixel token holds three. */
    private int symbols;
    /** Blocks written so far: tokens before the last one are gone. */
    private int blocks;
    private final int[] litCounts = new int[286];
    // a pixel's red and green counted apart, so that a grey pixel's three counts do not wait on each other
    private final int[] redCounts = new int[256];
    private final int[] greenCounts = new int[256];
    private final int[] distCounts = new int[30];
    /** Matches of each kind, (UP or 0) | pixels; and their length and distance codes, once a block's codes are made. */
    private final int[] matchCounts = new int[2 * UP];
    private final long[] matchCodes = new long[2 * UP];
    private final int[] matchBits = new int[2 * UP];
    private final int[] litCodeLengths = new int[286];
    /** Bytes per row with its filter byte: the distance of a match with the row above. */
    private int rowBytes;
    private byte[] out = new byte[1 << 16];
    private int size;
    private long bits;
    private int bitCount;

    /** The zlib stream of the top-left {@code width} × {@code height} pixels; {@code stride} pixels per row. */
    static byte[] deflate(int[] pixels, int stride, int width, int height) {
        PixelDeflater d = new PixelDeflater();
        int n = d.deflate(pixels, stride, width, height, 0, 0);
        return Arrays.copyOf(d.buffer(), n);
    }

    /**
     * Writes the zlib stream of the pixels into {@link #buffer()} after its first {@code head} bytes, leaving
     * room for {@code tail} more after it, and returns the stream's length. A deflater may be used again,
     * by one thread at a time: its buffers are reused.
     */
    int deflate(int[] pixels, int stride, int width, int height, int head, int tail) {
        return deflate(pixels, stride, width, height, head, tail, false, 0);
    }

    /**
     * As {@link #deflate(int[], int, int, int, int, int)}, and when {@code clear}, leaves every pixel read
     * equal to {@code background}: each row, once the row below no longer needs it, gets background where
     * it had any other colour (from its first such pixel to its last), while it is still in the cache. A
     * reused canvas then needs no filling before the next drawing, and its white space is never written.
     */
    int deflate(int[] pixels, int stride, int width, int height, int head, int tail, boolean clear, int background) {
        size = head;
        count = 0;
        symbols = 0;
        Arrays.fill(litCounts, 0);
        Arrays.fill(redCounts, 0);
        Arrays.fill(greenCounts, 0);
        Arrays.fill(distCounts, 0);
        Arrays.fill(matchCounts, 0);
        bits = 0;
        bitCount = 0;
        compress(pixels, stride, width, height, clear, background);
        ensure(tail);
        return size - head;
    }

    /** The buffer that the last {@link #deflate} wrote into (until the next). */
    byte[] buffer() {
        return out;
    }

    private void compress(int[] p, int stride, int width, int height, boolean clear, int background) {
        putByte(0x78); // zlib header: deflate, 32K window
        putByte(0x01);
        rowBytes = 3 * width + 1;
        boolean upOk = rowBytes <= WINDOW;
        long s1 = 1;
        long s2 = 0;
        long rowSum = 0; // the last row's bytes: their sum, and their sum weighted by rowBytes - index
        long rowWeighted = 0;
        int replayFrom = -1;
        int replayTo = 0;
        int replaySymbols = 0;
        int replayBlock = 0;
        // the row above's span from its first to its last pixel that is not background (empty if it has none)
        int dirtyFrom = 0;
        int dirtyTo = 0;
        for (int y = 0; y < height; y++) {
            int start = y * stride;
            int above = start - stride;
            // the first pixel unlike the one above, -1 if none
            int unlike = y == 0 ? 0 : Arrays.mismatch(p, start, start + width, p, above, above + width);
            literal(0); // filter: none
            int from = count;
            int fromSymbols = symbols;
            int block = blocks;
            if (unlike < 0 && replayFrom >= 0 && replayBlock == blocks && symbols + replaySymbols <= BLOCK) {
                replay(replayFrom, replayTo, replaySymbols);
            } else {
                pixels(p, start, y > 0 && upOk ? above : -1, width, rowBytes, unlike);
            }
            // the next row, if like this one, repeats its tokens if this one is like the one above (and both
            // rows find the same runs to the left and a whole row of repeats above); a new block ends that
            boolean replayable = unlike < 0 && blocks == block;
            replayFrom = replayable ? from : -1;
            replayTo = count;
            replaySymbols = symbols - fromSymbols;
            replayBlock = blocks;
            if (unlike >= 0) { // the first row and rows unlike the one above; the others keep its sums
                long sum = rowSums(p, start, width, rowBytes);
                rowSum = sum >>> 32;
                rowWeighted = sum & 0xffffffffL;
            }
            s2 = (s2 + rowBytes % ADLER_BASE * s1 + rowWeighted) % ADLER_BASE;
            s1 = (s1 + rowSum) % ADLER_BASE;
            if (clear) {
                if (y > 0) {
                    Arrays.fill(p, above + dirtyFrom, above + dirtyTo, background); // this row was its last reader
                }
                if (unlike >= 0) { // a row like the one above has its span
                    dirtyFrom = 0;
                    while (dirtyFrom < width && p[start + dirtyFrom] == background) {
                        dirtyFrom++;
                    }
                    dirtyTo = width;
                    while (dirtyTo > dirtyFrom && p[start + dirtyTo - 1] == background) {
                        dirtyTo--;
                    }
                }
            }
        }
        if (clear && height > 0) {
            int last = (height - 1) * stride;
            Arrays.fill(p, last + dirtyFrom, last + dirtyTo, background);
        }
        block(true);
        flushBits();
        int a = (int) (s2 << 16 | s1);
        putByte(a >>> 24);
        putByte(a >>> 16);
        putByte(a >>> 8);
        putByte(a);
    }

    /** 0, 1, 2, …: a pixel's index in its chunk, for {@link #rowSums}. */
    private static final int[] CHUNK_INDEX = new int[512];

    static {
        for (int i = 0; i < CHUNK_INDEX.length; i++) {
            CHUNK_INDEX[i] = i;
        }
    }

    /**
     * The Adler-32 sums of one row's bytes (the filter byte 0 and then R, G, B per pixel), straight from the
     * pixels, modulo 65521: the sum of the bytes (high half) and their sum weighted by the row's length
     * minus their index (low half). A pixel at {@code x} weighs {@code rowBytes - 1 - 3x} times its three
     * channels, less G and 2B. Chunks of 512 pixels are summed in ints, which cannot overflow there. Written
     * so that JDK 17's JIT vectorises the loop: with the index {@code i} itself instead of one read from an
     * array, or with fewer sums in the loop, it stays scalar. A whole row summed so is faster than changing
     * the row above's sums by the pixels that differ.
     */
    private static long rowSums(int[] p, int start, int width, int rowBytes) {
        int[] index = CHUNK_INDEX;
        long sum = 0;
        long weighted = 0;
        for (int from = 0; from < width; from += index.length) {
            int n = Math.min(width - from, index.length);
            int at = start + from;
            int bytes = 0;
            int byIndex = 0; // each pixel's channels times its index in the chunk
            int gb = 0;
            for (int i = 0; i < n; i++) {
                int px = p[at + i];
                int g = (px >> 8) & 0xff;
                int b = px & 0xff;
                int rgb = ((px >> 16) & 0xff) + g + b;
                bytes += rgb;
                byIndex += index[i] * rgb;
                gb += g + 2 * b;
            }
            sum += bytes;
            weighted = (weighted + (long) (rowBytes - 1 - 3 * from) * bytes - 3L * byIndex - gb) % ADLER_BASE;
        }
        return (sum % ADLER_BASE) << 32 | Math.floorMod(weighted, ADLER_BASE);
    }

    /** The tokens of one row's pixels (from {@code start}), after its filter byte; {@code above}: the row above, or -1. */
    private void pixels(int[] p, int start, int above, int width, int rowBytes, int unlike) {
        boolean up = above >= 0;
        // the runs last measured, each found once: pixels x..leftEnd-1 have the colour left of x, pixels
        // x..upEnd-1 those above (the row's first unlike pixel tells where the first run above ends)
        int leftEnd = 0;
        int upEnd = !up ? 0 : unlike < 0 ? width : unlike + same(p, start + unlike, above + unlike, width - unlike);
        for (int x = 0; x < width; ) {
            // at most one match long (86 pixels): the candidates are weighed again, so the left pixel, whose
            // distance costs fewest bits, wins the ties (a longer look keeps far matches, which cost more bits)
            int limit = Math.min(MAX_MATCH / 3, width - x);
            int best = 0;
            int dist = 0;
            if (x > 0) { // the pixel to the left: flat fills, white space
                if (x >= leftEnd) {
                    leftEnd = x + same(p, start + x, start + x - 1, width - x);
                }
                best = Math.min(leftEnd - x, limit);
                dist = 3;
            }
            if (best < limit && up) { // the row above: straight edges, bars, hatching
                if (x >= upEnd) {
                    upEnd = x + same(p, start + x, above + x, width - x);
                }
                int r = Math.min(upEnd - x, limit);
                if (r > best) {
                    best = r;
                    dist = rowBytes;
                }
            }
            if (best >= (dist == 3 ? 1 : 2)) {
                match(dist == 3 ? best : UP | best);
                x += best;
            } else {
                // a run of literals (text, antialiased edges) ends where a pixel is like its left one or the
                // first of two like those above: what the tests above would find, without their calls
                literalPixel(p[start + x]);
                x++;
                while (x < width) {
                    int px = p[start + x];
                    if (((px ^ p[start + x - 1]) & 0xffffff) == 0 || up && ((px ^ p[above + x]) & 0xffffff) == 0
                            && x + 1 < width && ((p[start + x + 1] ^ p[above + x + 1]) & 0xffffff) == 0) {
                        break;
                    }
                    literalPixel(px);
                    x++;
                }
            }
        }
    }

    /**
     * How many pixels from {@code at} on have the colours of those from {@code from} on, at most {@code limit}.
     * Equal ints are compared fast; the unused top byte may differ (Java2D leaves 0 or 255 there).
     */
    private static int same(int[] p, int at, int from, int limit) {
        int n = 0;
        while (n < limit && ((p[at + n] ^ p[from + n]) & 0xffffff) == 0) {
            int m = Arrays.mismatch(p, at + n + 1, at + limit, p, from + n + 1, from + limit);
            if (m < 0) {
                return limit;
            }
            n += 1 + m;
        }
        return n;
    }

    /** Appends tokens[from, to) again, {@code n} symbols; they fit in the block. */
    private void replay(int from, int to, int n) {
        for (int i = from; i < to; i++) {
            int t = tokens[i];
            tokens[count++] = t;
            if (t < 0) {
                redCounts[(t >>> 16) & 0xff]++;
                greenCounts[(t >>> 8) & 0xff]++;
                litCounts[t & 0xff]++;
            } else if ((t & MATCH) == 0) {
                litCounts[t]++;
            } else {
                matchCounts[t & 0xff]++;
            }
        }
        symbols += n;
    }

    private void literal(int b) {
        if (symbols == BLOCK) {
            block(false);
        }
        tokens[count++] = b;
        symbols++;
        litCounts[b]++;
    }

    private void literalPixel(int px) {
        if (symbols > BLOCK - 3) {
            literal((px >> 16) & 0xff);
            literal((px >> 8) & 0xff);
            literal(px & 0xff);
            return;
        }
        tokens[count++] = PIXEL | (px & 0xffffff);
        symbols += 3;
        redCounts[(px >> 16) & 0xff]++;
        greenCounts[(px >> 8) & 0xff]++;
        litCounts[px & 0xff]++;
    }

    /** A match of {@code kind}: (UP or 0) | pixels. */
    private void match(int kind) {
        if (symbols == BLOCK) {
            block(false);
        }
        tokens[count++] = MATCH | kind;
        symbols++;
        matchCounts[kind]++;
    }

    private static int distanceCode(int d) {
        if (d < 4) {
            return d;
        }
        int n = 31 - Integer.numberOfLeadingZeros(d);
        return 2 * n + ((d >> (n - 1)) & 1);
    }

    /** Writes the buffered tokens as one dynamic-Huffman block. */
    private void block(boolean last) {
        for (int i = 0; i < 256; i++) {
            litCounts[i] += redCounts[i] + greenCounts[i];
        }
        for (int kind = 0; kind < matchCounts.length; kind++) {
            if (matchCounts[kind] > 0) {
                litCounts[LENGTH_CODE[3 * (kind & ~UP)]] += matchCounts[kind];
                distCounts[distanceCode(((kind & UP) == 0 ? 3 : rowBytes) - 1)] += matchCounts[kind];
            }
        }
        litCounts[256]++;
        ensure(6 * count + 1024); // the most a block takes: 6 bytes a token (a pixel 45 bits, a match 48), its header, and
        // the 8 bytes putBits stores
        HuffmanCode lit = HuffmanCode.of(litCounts, 15);
        boolean anyDistance = false;
        for (int c : distCounts) {
            anyDistance |= c > 0;
        }
        if (!anyDistance) {
            distCounts[0] = 1; // a block without matches still declares one distance code
        }
        HuffmanCode dist = HuffmanCode.of(distCounts, 15);
        int hlit = 286;
        while (hlit > 257 && lit.lengths[hlit - 1] == 0) {
            hlit--;
        }
        int hdist = 30;
        while (hdist > 1 && dist.lengths[hdist - 1] == 0) {
            hdist--;
        }
        int[] all = new int[hlit + hdist];
        System.arraycopy(lit.lengths, 0, all, 0, hlit);
        System.arraycopy(dist.lengths, 0, all, hlit, hdist);
        // run-length code the code lengths: symbol | extra << 8
        int[] rle = new int[all.length];
        int n = 0;
        int[] clCounts = new int[19];
        for (int i = 0; i < all.length; ) {
            int l = all[i];
            int same = 1;
            while (i + same < all.length && all[i + same] == l) {
                same++;
            }
            if (l == 0 && same >= 3) {
                int r = Math.min(same, 138);
                rle[n++] = r >= 11 ? 18 | (r - 11) << 8 : 17 | (r - 3) << 8;
                clCounts[r >= 11 ? 18 : 17]++;
                i += r;
            } else if (l != 0 && same >= 4) {
                rle[n++] = l;
                clCounts[l]++;
                int r = Math.min(same - 1, 6);
                rle[n++] = 16 | (r - 3) << 8;
                clCounts[16]++;
                i += 1 + r;
            } else {
                rle[n++] = l;
                clCounts[l]++;
                i++;
            }
        }
        if (Arrays.stream(clCounts).filter(c -> c > 0).count() < 2) {
            clCounts[clCounts[0] == 0 ? 0 : 1]++; // inflaters refuse a code-length code of one symbol
        }
        HuffmanCode cl = HuffmanCode.of(clCounts, 7);
        int hclen = 19;
        while (hclen > 4 && cl.lengths[CODE_LENGTH_ORDER[hclen - 1]] == 0) {
            hclen--;
        }
        putBits(last ? 1 : 0, 1);
        putBits(2, 2); // dynamic Huffman codes
        putBits(hlit - 257, 5);
        putBits(hdist - 1, 5);
        putBits(hclen - 4, 4);
        for (int i = 0; i < hclen; i++) {
            putBits(cl.lengths[CODE_LENGTH_ORDER[i]], 3);
        }
        for (int i = 0; i < n; i++) {
            int s = rle[i] & 0xff;
            putBits(cl.codes[s], cl.lengths[s]);
            if (s >= 16) {
                putBits(rle[i] >>> 8, s == 16 ? 2 : s == 17 ? 3 : 7);
            }
        }
        int[] litCodes = lit.codes;
        int[] litLengths = lit.lengths;
        int[] distCodes = dist.codes;
        int[] distLengths = dist.lengths;
        for (int kind = 0; kind < matchCounts.length; kind++) {
            if (matchCounts[kind] > 0) {
                int length = 3 * (kind & ~UP);
                int d = ((kind & UP) == 0 ? 3 : rowBytes) - 1;
                int lc = LENGTH_CODE[length];
                long code = litCodes[lc] | (long) LENGTH_EXTRA[length] << litLengths[lc];
                int codeBits = litLengths[lc] + LENGTH_EXTRA_BITS[length];
                int dc = distanceCode(d);
                code |= (long) distCodes[dc] << codeBits;
                codeBits += distLengths[dc];
                if (dc >= 4) {
                    int extra = (dc >> 1) - 1;
                    code |= (long) (d & ((1 << extra) - 1)) << codeBits;
                    codeBits += extra;
                }
                matchCodes[kind] = code;
                matchBits[kind] = codeBits;
            }
        }
        // a literal's code and its length in one int: code | length << 16
        int[] lc = litCodeLengths;
        for (int i = 0; i < 286; i++) {
            lc[i] = litCodes[i] | litLengths[i] << 16;
        }
        for (int i = 0; i < count; i++) {
            int t = tokens[i];
            long v;
            int bitsOf;
            if (t < 0) { // PIXEL: three literals
                int r = lc[(t >>> 16) & 0xff];
                int g = lc[(t >>> 8) & 0xff];
                int b = lc[t & 0xff];
                int lr = r >>> 16;
                int lg = g >>> 16;
                v = (r & 0xffff) | (long) (g & 0xffff) << lr | (long) (b & 0xffff) << (lr + lg);
                bitsOf = lr + lg + (b >>> 16);
            } else if ((t & MATCH) == 0) {
                v = lc[t] & 0xffff;
                bitsOf = lc[t] >>> 16;
            } else {
                v = matchCodes[t & 0xff];
                bitsOf = matchBits[t & 0xff];
            }
            putBits(v, bitsOf);
        }
        putBits(litCodes[256], litLengths[256]);
        count = 0;
        symbols = 0;
        blocks++;
        Arrays.fill(litCounts, 0);
        Arrays.fill(redCounts, 0);
        Arrays.fill(greenCounts, 0);
        Arrays.fill(distCounts, 0);
        Arrays.fill(matchCounts, 0);
    }

    /**
     * Appends the low {@code n} bits of {@code value}, at most 56: a pixel's three literals or a match in one
     * call. Fewer than 8 bits wait between calls; each call stores 8 bytes and keeps the whole ones (the
     * buffer has room: see {@link #block}).
     */
    private void putBits(long value, int n) {
        bits |= value << bitCount;
        bitCount += n;
        LONG_LE.set(out, size, bits);
        int whole = bitCount >>> 3;
        size += whole;
        bits >>>= whole << 3;
        bitCount &= 7;
    }

    /** Writes the bits still waiting (fewer than 8), padded to a whole byte. */
    private void flushBits() {
        if (bitCount > 0) {
            putByte((int) bits);
        }
        bits = 0;
        bitCount = 0;
    }

    private void putByte(int b) {
        ensure(1);
        out[size++] = (byte) b;
    }

    private void ensure(int n) {
        if (size + n > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, size + n));
        }
    }
}
