package org.nianbao.source;

/**
 * Characters that show as nothing: zero-width spaces, byte order marks, direction marks and control
 * characters, which text copied from a web page, a Word document or a spreadsheet brings along. In a
 * figure they make "1214" fail as a number with no visible reason; in a name they draw a box in a chart.
 */
public final class Invisible {
    private Invisible() {
    }

    /**
     * What the first invisible character of {@code text} is and where, in Chinese ("第 5 个字符是不可见的
     * U+200B（零宽空格）…"), or {@code null} when there is none. Tabs and line breaks are not counted.
     */
    public static String describe(String text) {
        int position = position(text);
        if (position == 0) {
            return null;
        }
        int c = text.codePointAt(text.offsetByCodePoints(0, position - 1));
        return "第 " + position + " 个字符是不可见的 " + name(c) + "，多为从网页、文档或表格复制时带入：请删除它";
    }

    /** The 1-based position, in characters, of the first invisible character of {@code text}, or 0. */
    public static int position(String text) {
        int position = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            position++;
            if (isInvisible(text.codePointAt(i))) {
                return position;
            }
        }
        return 0;
    }

    /** Whether {@code c} is a control or format character other than a tab or a line break. */
    public static boolean isInvisible(int c) {
        int type = Character.getType(c);
        return type == Character.FORMAT || type == Character.CONTROL && c != '\t' && c != '\n' && c != '\r';
    }

    /** {@code c} as U+XXXX with its common Chinese name. */
    public static String name(int c) {
        String name = switch (c) {
            case 0x0000 -> "空字符";
            case 0x200B -> "零宽空格";
            case 0x200C -> "零宽非连接符";
            case 0x200D -> "零宽连接符";
            case 0xFEFF -> "字节顺序标记";
            case 0x00AD -> "软连字符";
            case 0x2060 -> "词连接符";
            case 0x200E, 0x200F, 0x061C -> "文字方向标记";
            default -> Character.getType(c) == Character.CONTROL ? "控制字符"
                    : c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 ? "文字方向控制符" : "格式控制字符";
        };
        return String.format("U+%04X（%s）", c, name);
    }
}
