package org.nianbao.form;

/** The kinds of row a form has; each knows how its values are written in front matter. */
public enum RowType {
    /** A sub-group of rows, such as 办件量 under 办事服务. */
    GROUP("group", ""),
    COUNT("count", "非负整数，如 1234"),
    DECIMAL("decimal", "数字，如 3.5"),
    PERCENT("percent", "0 到 100 之间的百分数，不带 % 号，如 93.5"),
    YESNO("yesno", "“是”或“否”"),
    TEXT("text", "文字"),
    URL("url", "以 http:// 或 https:// 开头的网址"),
    CODE("code", "编码"),
    PHONE("phone", "电话号码，如 0999-87654321"),
    DATE("date", "日期，格式为 YYYY-MM-DD，如 2024-01-15"),
    ACCOUNTS("accounts", "账号列表，每个账号一项（以 - 开头）"),
    CHOICES("choices", "选项列表，如 [搜索即服务, 无障碍浏览]"),
    /** One value per quarter and 全年; {@link Row#of()} gives the type of each. */
    QUARTERS("quarters", "各季度数值，如 {第一季度: 10, 第二季度: 12, 第三季度: 9, 第四季度: 11}"),
    /** One value per column ({@link Row#columns()}); {@link Row#of()} gives the type of each. */
    MATRIX("matrix", "各栏数值，如 {自然人: 10, 商业企业: 2}");

    private final String id;
    private final String expected;

    RowType(String id, String expected) {
        this.id = id;
        this.expected = expected;
    }

    /** The name used in form definition files. */
    public String id() {
        return id;
    }

    /** What a value of this type looks like, in Chinese, for error messages. */
    public String expected() {
        return expected;
    }

    /** The type a form definition names {@code id}, if any. */
    public static java.util.Optional<RowType> named(String id) {
        for (RowType t : values()) {
            if (t.id.equals(id)) {
                return java.util.Optional.of(t);
            }
        }
        return java.util.Optional.empty();
    }
}
