package org.nianbao.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class InvisibleTest {
    @Test
    void visibleTextTabsAndLineBreaksHaveNone() {
        assertNull(Invisible.describe("示例市教育局\t2023\r\n年度　报表 𠀀"));
    }

    @Test
    void namesTheFirstInvisibleCharacterAndItsPositionInCharacters() {
        // 𠀀 is one character written as two chars: the position counts what a webmaster sees
        assertEquals("第 3 个字符是不可见的 U+200D（零宽连接符），多为从网页、文档或表格复制时带入：请删除它",
                Invisible.describe("𠀀a\u200d\u200b"));
        assertEquals("第 1 个字符是不可见的 U+0001（控制字符），多为从网页、文档或表格复制时带入：请删除它",
                Invisible.describe("\u0001"));
        assertEquals("U+202E（文字方向控制符）", Invisible.name(0x202E));
    }
}
