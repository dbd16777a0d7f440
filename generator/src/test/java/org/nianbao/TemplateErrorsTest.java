package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the template engine refuses reaches the webmaster in Chinese, naming the template, its line and what is wrong. */
class TemplateErrorsTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a method the engine refuses for security | {{ column.getClass() }} | templates/year.peb:3:1: 模板错误：year.peb 第 3 行调用了 getClass 方法，出于安全考虑模板不能调用它（模板只能读取页面数据）
            a variable that does not exist           | {{ nosuch }}           | templates/year.peb:3:1: 模板错误：year.peb 第 3 行使用了不存在的变量“nosuch”
            an attribute that does not exist         | {{ column.nosuch }}    | templates/year.peb:3:1: 模板错误：year.peb 第 3 行使用了不存在的属性“nosuch”
            a syntax error                           | {% if %}{% endif %}    | templates/year.peb:3:1: 模板错误：year.peb 第 3 行有语法错误
            """)
    void aTemplateRefusalIsSaidInChineseWithItsTemplateAndLine(String what, String statement, String expected)
            throws IOException {
        Path src = Fixtures.copyDemo(tmp.resolve("src"));
        Fixtures.write(src.resolve("templates/year.peb"),
                "{% extends \"layout\" %}\n{% block content %}\n" + statement + "\n{% endblock %}");
        BuildResult r = Fixtures.build(src, tmp.resolve("column"));
        assertFalse(r.written());
        List<String> problems = r.diagnostics().stream().map(Object::toString).toList();
        assertEquals(1, problems.size(), problems.toString());
        String problem = problems.get(0);
        assertTrue(problem.startsWith(expected + "。Pebble："), problem);
        assertFalse(problem.substring(0, expected.length()).matches(".*[A-Za-z]{3,} [A-Za-z]{3,}.*"), problem);
    }

    @Test
    void anIncludeOutsideTheTemplatesIsSaidInChinese() throws IOException {
        Path src = Fixtures.copyDemo(tmp.resolve("src"));
        Fixtures.write(src.resolve("secret.txt"), "机密");
        Fixtures.write(src.resolve("templates/year.peb"), "{% include \"../secret.txt\" %}");
        List<String> problems = Fixtures.build(src, tmp.resolve("column")).diagnostics().stream()
                .map(Object::toString).toList();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("templates/year.peb: 模板错误：year.peb 引用的模板“secret.txt”找不到："
                + "模板只能引用模板文件夹（templates/ 或主题）中的 .peb 文件。Pebble："), problems.get(0));
    }
}
