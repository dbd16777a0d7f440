package org.nianbao.form;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FigureFormatTest {
    @Test
    void groupsTheWholePartByThousandsAndKeepsTheDecimalsAsGiven() {
        assertEquals("0", FigureFormat.of(0));
        assertEquals("709", FigureFormat.of(709));
        assertEquals("1,234", FigureFormat.of(1234));
        assertEquals("34,322,495", FigureFormat.of(34322495));
        assertEquals("-1,234,567", FigureFormat.of(-1234567));
        assertEquals("100.0", FigureFormat.of(new BigDecimal("100.0")));
        assertEquals("12,345.67", FigureFormat.of(new BigDecimal("12345.67")));
        assertEquals("0.25", FigureFormat.of(new BigDecimal("0.25")));
    }

    @Test
    void theAxisGroupsTheSameWay() {
        assertEquals("34,322,495", FigureFormat.axis().format(34322495.0));
        assertEquals("2,500", FigureFormat.axis().format(2500.0));
        assertEquals("0.25", FigureFormat.axis().format(0.25));
    }
}
