package org.nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Cells become YAML scalars that read back as exactly the text of the cell. */
class FrontMatterTextTest {

    @Test
    void plainWhereYamlReadsItBackAsTextQuotedElse() {
        assertEquals("示例市教育局", FrontMatterText.scalarText("示例市教育局", false));
        assertEquals("https://jyj.shili.gov.cn/", FrontMatterText.scalarText("https://jyj.shili.gov.cn/", false));
        assertEquals("2024-01-05", FrontMatterText.scalarText("2024-01-05", false));
        assertEquals("0999-87654321", FrontMatterText.scalarText("0999-87654321", false));
        assertEquals("\"9901000012\"", FrontMatterText.scalarText("9901000012", false), "as the demo writes 标识码");
        assertEquals("\"yes\"", FrontMatterText.scalarText("yes", false));
        assertEquals("\"a: b\"", FrontMatterText.scalarText("a: b", false));
        assertEquals("\"#1\"", FrontMatterText.scalarText("#1", false));
        assertEquals("\"- x\"", FrontMatterText.scalarText("- x", false));
        assertEquals("\"say \\\"hi\\\" \\\\ \\n next\"", FrontMatterText.scalarText("say \"hi\" \\ \n next", false));
        assertEquals("a,b", FrontMatterText.scalarText("a,b", false));
        assertEquals("\"a,b\"", FrontMatterText.scalarText("a,b", true), "a comma ends an item of a [list]");
    }

    @Test
    void numbersArePlainWhenTheyCanBe() {
        assertEquals(true, FrontMatterText.plain("1,234", false), "so that the reader explains the separator");
        assertEquals(true, FrontMatterText.plain("-5", false));
        assertEquals(true, FrontMatterText.plain("12%", false));
        assertEquals(false, FrontMatterText.plain("[12]", false));
        assertEquals(false, FrontMatterText.plain("12 # note", false));
    }
}
