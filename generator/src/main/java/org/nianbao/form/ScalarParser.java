package org.nianbao.form;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.nianbao.source.Invisible;

/**
 * Types one scalar of front matter against its row. The scalar's text is taken as written: YAML's
 * implicit conversions ({@code no} → false, {@code 010} → 8, {@code 1_000} → 1000) never apply.
 */
final class ScalarParser {
    private static final Pattern COUNT = Pattern.compile("0|[1-9][0-9]*");
    private static final Pattern DECIMAL = Pattern.compile("(0|[1-9][0-9]*)(\\.[0-9]+)?");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern PHONE = Pattern.compile("[0-9]{3,4}-[0-9]{7,8}(-[0-9]{1,6})?|1[3-9][0-9]{9}|[0-9]{5,8}");
    private static final Pattern FULL_WIDTH_DIGIT = Pattern.compile("[０-９]");
    private static final Pattern CHINESE_NUMERAL = Pattern.compile("[零〇一二三四五六七八九十百千万亿两]");

    /** Thrown with the Chinese explanation of what is wrong. */
    static final class Invalid extends Exception {
        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    private ScalarParser() {
    }

    /**
     * @param text   the scalar as written
     * @param quoted whether it was written in quotes (numbers must not be)
     */
    static Value parse(Row row, String text, boolean quoted) throws Invalid {
        String invisible = Invisible.describe(text);
        if (invisible != null) {
            throw new Invalid("填写为“" + text.strip() + "”，" + invisible);
        }
        return switch (row.valueType()) {
            case COUNT -> new Value.Count(count(text, quoted));
            case DECIMAL -> new Value.Decimal(decimal(text, quoted));
            case PERCENT -> new Value.Decimal(percent(text, quoted));
            case YESNO -> new Value.YesNo(yesNo(text));
            case TEXT -> new Value.Text(text(text));
            case URL -> new Value.Text(url(text));
            case CODE -> new Value.Text(code(row, text));
            case PHONE -> new Value.Text(matching(PHONE, text, RowType.PHONE.expected()));
            case DATE -> new Value.Date(date(text));
            default -> throw new Invalid("应为" + row.valueType().expected());
        };
    }

    private static long count(String text, boolean quoted) throws Invalid {
        String t = text.strip();
        if (!quoted && COUNT.matcher(t).matches()) {
            if (t.length() > 16 || Long.parseLong(t) > Value.MAX_EXACT) {
                throw new Invalid("填写为“" + t + "”，数值过大：不能超过 " + Value.MAX_EXACT
                        + "（report.json 的读者用 JavaScript 时，更大的整数无法精确表示）");
            }
            return Long.parseLong(t);
        }
        throw new Invalid(numberHint(t, quoted, "非负整数，如 1234"));
    }

    private static BigDecimal decimal(String text, boolean quoted) throws Invalid {
        String t = text.strip();
        if (!quoted && DECIMAL.matcher(t).matches()) {
            return exact(t);
        }
        throw new Invalid(numberHint(t, quoted, "不带单位的数字，如 3.5"));
    }

    private static BigDecimal percent(String text, boolean quoted) throws Invalid {
        String t = text.strip();
        if (!quoted && DECIMAL.matcher(t).matches()) {
            BigDecimal v = exact(t);
            if (v.compareTo(HUNDRED) > 0) {
                throw new Invalid("填写为“" + t + "”，百分数不能大于 100");
            }
            return v;
        }
        throw new Invalid(numberHint(t, quoted, RowType.PERCENT.expected()));
    }

    /** A decimal that a JavaScript reader of report.json gets back digit for digit. */
    private static BigDecimal exact(String t) throws Invalid {
        // the length first: a megabyte of digits would take BigDecimal a while
        if (t.length() > 2 * Value.MAX_DIGITS || new BigDecimal(t).precision() > Value.MAX_DIGITS) {
            throw new Invalid("填写为“" + t + "”，位数过多：最多 " + Value.MAX_DIGITS
                    + " 位有效数字（report.json 的读者用 JavaScript 时，更多的位数无法精确表示）");
        }
        return new BigDecimal(t);
    }

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Explains the usual ways a number copied from a spreadsheet or typed by hand goes wrong. */
    private static String numberHint(String t, boolean quoted, String expected) {
        String shown = "填写为“" + t + "”";
        if (t.isEmpty()) {
            return "未填写，应为" + expected;
        }
        if (quoted) {
            return shown + "，数字不要加引号，应为" + expected;
        }
        if (t.startsWith("-") || t.startsWith("−")) {
            return shown + "，不能为负数";
        }
        if (t.contains(",") || t.contains("，")) {
            return shown + "，不要使用千位分隔符，应为" + expected;
        }
        if (t.chars().anyMatch(Character::isSpaceChar)) { // a space, a no-break space from a spreadsheet, 　
            return shown + "，数字中不要有空格，应为" + expected;
        }
        if (t.contains("_")) {
            return shown + "，不要使用下划线分隔数字，应为" + expected;
        }
        if (FULL_WIDTH_DIGIT.matcher(t).find()) {
            return shown + "，含全角数字，请改用半角数字 0–9";
        }
        if (CHINESE_NUMERAL.matcher(t).find()) {
            return shown + "，请用阿拉伯数字填写，应为" + expected;
        }
        if (t.matches("0[0-9]+(\\.[0-9]+)?")) {
            return shown + "，数字不能以 0 开头（YAML 会把 010 读作八进制），应为" + expected;
        }
        if (t.matches("(?i)0x[0-9a-f]+|0o[0-7]+")) {
            return shown + "，不能用十六进制或八进制，应为" + expected;
        }
        if (t.endsWith("%") || t.endsWith("％")) {
            return shown + "，不要填写百分号或单位，应为" + expected;
        }
        if (t.matches("(?i)yes|no|true|false|on|off|y|n")) {
            return shown + "，这是英文的是/否，本项应为" + expected;
        }
        if (t.matches("[0-9]+\\.[0-9]+") && expected.startsWith("非负整数")) {
            return shown + "，本项只能填写整数";
        }
        return shown + "，应为" + expected;
    }

    private static boolean yesNo(String text) throws Invalid {
        String t = text.strip();
        if (t.equals("是")) {
            return true;
        }
        if (t.equals("否")) {
            return false;
        }
        throw new Invalid("填写为“" + t + "”，应为“是”或“否”");
    }

    private static String text(String text) throws Invalid {
        String t = text.strip();
        if (t.isEmpty()) {
            throw new Invalid("未填写");
        }
        return t;
    }

    private static String url(String text) throws Invalid {
        String t = text(text);
        try {
            URI uri = new URI(t);
            String scheme = uri.getScheme();
            if (scheme != null && (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                if (uri.getRawUserInfo() != null) {
                    throw new Invalid("填写为“" + t + "”，“@”之前的部分会被浏览器当作用户名，链接实际打开的是 " + uri.getHost()
                            + "：网址中不能有“@”，应为" + RowType.URL.expected() + "，如 https://www.example.gov.cn/");
                }
                return t;
            }
        } catch (URISyntaxException e) {
            // explained below
        }
        throw new Invalid("填写为“" + t + "”，应为" + RowType.URL.expected() + "，如 https://www.example.gov.cn/");
    }

    private static String code(Row row, String text) throws Invalid {
        String t = text(text);
        if (row.pattern().matcher(t).matches()) {
            return t;
        }
        throw new Invalid("填写为“" + t + "”，格式应为" + row.expect());
    }

    private static String matching(Pattern p, String text, String expected) throws Invalid {
        String t = text(text);
        if (p.matcher(t).matches()) {
            return t;
        }
        throw new Invalid("填写为“" + t + "”，应为" + expected);
    }

    private static LocalDate date(String text) throws Invalid {
        String t = text(text);
        if (DATE.matcher(t).matches()) {
            try {
                return LocalDate.parse(t);
            } catch (DateTimeException e) {
                throw new Invalid("填写为“" + t + "”，不是有效日期");
            }
        }
        throw new Invalid("填写为“" + t + "”，应为" + RowType.DATE.expected());
    }
}
