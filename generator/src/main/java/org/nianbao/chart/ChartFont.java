package org.nianbao.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.nianbao.source.Sha256;

/**
 * The one font every chart is drawn with: the theme's bundled CJK font or the site's own, loaded from
 * bytes so that charts look the same on a machine without any Chinese font.
 */
public final class ChartFont {
    private final Font font;
    private final String sha256;

    private ChartFont(Font font, String sha256) {
        this.font = font;
        this.sha256 = sha256;
    }

    /** Loads a TrueType or OpenType font (or the first of a collection) from its file's bytes. */
    public static ChartFont load(byte[] bytes) throws IOException {
        try {
            Font[] fonts = Font.createFonts(new ByteArrayInputStream(bytes));
            return new ChartFont(fonts[0], Sha256.of(bytes));
        } catch (FontFormatException e) {
            // the JDK's message names its own temporary copy, not the file the site gave
            throw new IOException("不是可用的 TrueType 或 OpenType 字体（.ttf、.otf 或 .ttc），请换用完整的字体文件", e);
        }
    }

    /** The font at {@code size} pixels, plain or {@link Font#BOLD} (drawn emboldened when the file has no bold). */
    public Font derive(int style, float size) {
        return font.deriveFont(style, size);
    }

    public String family() {
        return font.getFamily(java.util.Locale.ROOT);
    }

    /** The index of the first character of {@code text} that the font cannot draw, or -1. */
    public int cannotDisplay(String text) {
        return font.canDisplayUpTo(text);
    }

    /** SHA-256 of the font file, part of the build's key (a new font draws every chart again). */
    public String sha256() {
        return sha256;
    }
}
