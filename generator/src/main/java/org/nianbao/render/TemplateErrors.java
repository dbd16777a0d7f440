package org.nianbao.render;

import io.pebbletemplates.pebble.error.AttributeNotFoundException;
import io.pebbletemplates.pebble.error.ClassAccessException;
import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.error.ParserException;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.error.RootAttributeNotFoundException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the template engine refused, said in Chinese for the template's author; Pebble's own words follow. */
final class TemplateErrors {
    private static final Pattern METHOD = Pattern.compile("\\.([\\w$]+)\\([^)]*\\) method is denied");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

    private TemplateErrors() {
    }

    /** {@code e} in Chinese: which template, which line, what is not allowed or wrong. */
    static String explain(PebbleException e, String template, int line) {
        String where = template + (line > 0 ? " 第 " + line + " 行" : "");
        String english = e.getPebbleMessage() == null ? "" : e.getPebbleMessage();
        String what;
        if (e instanceof ClassAccessException) {
            what = where + "调用了 " + found(METHOD, english, "此") + " 方法，出于安全考虑模板不能调用它（模板只能读取页面数据）";
        } else if (e instanceof RootAttributeNotFoundException a) {
            what = where + "使用了不存在的变量“" + a.getAttributeName() + "”";
        } else if (e instanceof AttributeNotFoundException a) {
            what = where + "使用了不存在的属性“" + a.getAttributeName() + "”";
        } else if (e instanceof ParserException) {
            what = where + "有语法错误";
        } else if (e instanceof LoaderException) {
            what = template + " 引用的模板“" + found(QUOTED, english, "") + "”找不到：模板只能引用模板文件夹（templates/ 或主题）中的 .peb 文件";
        } else {
            what = where + "出错";
        }
        return "模板错误：" + what + "。Pebble：" + english;
    }

    private static String found(Pattern p, String text, String otherwise) {
        Matcher m = p.matcher(text);
        return m.find() ? m.group(1) : otherwise;
    }
}
