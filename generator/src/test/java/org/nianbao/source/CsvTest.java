package org.nianbao.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 4180 reading and writing, as Excel writes it. */
class CsvTest {

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaks() throws Csv.Malformed {
        List<Csv.Record> records = Csv.parse("a,b,c\r\n\"1,2\",\"say \"\"是\"\"\",\"line\r\nbreak\"\r\n,,\r\n");
        assertEquals(3, records.size());
        assertEquals(List.of("a", "b", "c"), records.get(0).fields());
        assertEquals(List.of("1,2", "say \"是\"", "line\nbreak"), records.get(1).fields());
        assertEquals(List.of("", "", ""), records.get(2).fields());
        assertEquals(3, records.get(2).number(), "a line break inside a quoted field starts no new row");
    }

    @Test
    void rowsAreNumberedAsASpreadsheetDoesBlankOnesIncluded() throws Csv.Malformed {
        List<Csv.Record> records = Csv.parse("a\n\nb\n\"\"");
        assertEquals(List.of(1, 2, 3, 4), records.stream().map(Csv.Record::number).toList());
        assertEquals(true, records.get(1).isBlank());
        assertEquals(List.of(""), records.get(3).fields());
        assertEquals(List.of("x", ""), Csv.parse("x,").get(0).fields());
        assertEquals(List.of(), Csv.parse(""));
    }

    @Test
    void strayQuotesAreErrorsAtTheirRowAndField() {
        Csv.Malformed open = assertThrows(Csv.Malformed.class, () -> Csv.parse("a,b\n1,\"2\n3,4\n"));
        assertEquals(2, open.row);
        assertEquals(2, open.field);
        assertEquals("引号没有成对：此单元格以引号开始，直到文件末尾都没有结束的引号", open.getMessage());

        Csv.Malformed inside = assertThrows(Csv.Malformed.class, () -> Csv.parse("a,b\n1,2\n3,4\"5\"\n"));
        assertEquals(3, inside.row);
        assertEquals(2, inside.field);
        assertEquals("单元格中间有引号：含引号的单元格应整个加上引号，其中的引号写成两个（\"\"）", inside.getMessage());

        Csv.Malformed after = assertThrows(Csv.Malformed.class, () -> Csv.parse("\"a\"b,c"));
        assertEquals(1, after.row);
        assertEquals(1, after.field);
    }

    @Test
    void writingQuotesOnlyWhatNeedsIt() throws Csv.Malformed {
        List<String> fields = List.of("示例", "1,234", "“中文引号”", "a \"b\"", "two\nlines", "");
        String line = Csv.line(fields);
        assertEquals("示例,\"1,234\",“中文引号”,\"a \"\"b\"\"\",\"two\nlines\",", line);
        assertEquals(fields, Csv.parse(line).get(0).fields());
    }
}
