package org.nianbao.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class XmlTest {
    @Test
    void escapesMarkupAndDoubleQuotes() {
        assertEquals("&lt;a href=&quot;x&quot; title='y'&gt;A &amp; B&lt;/a&gt;",
                Xml.escape("<a href=\"x\" title='y'>A & B</a>"));
    }

    @Test
    void leavesOutWhatXmlDoesNotAllow() {
        // control characters (but tab and line breaks), a lone surrogate of either half, U+FFFE and U+FFFF
        assertEquals("示例市教育局\t\r\n", Xml.escape("示例市\u0001教育局\u000b\t\r\n\u0000"));
        assertEquals("ab", Xml.escape("a\ud800b\udc00\ufffe\uffff"));
    }

    @Test
    void keepsOtherTextAsItIs() {
        String text = "𠀀 (U+20000, a surrogate pair) 数据年度：2023年度 — ①";
        assertEquals(text, Xml.escape(text));
    }
}
