package org.nianbao.form;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A typed figure of a report, read once from its source text; later stages trust it. */
public sealed interface Value {

    /**
     * The largest count a report may hold: 2^53 − 1, the largest integer a JavaScript reader of
     * report.json gets back exactly.
     */
    long MAX_EXACT = 9_007_199_254_740_991L;

    /** The most significant digits of a decimal that survive a JavaScript reader's doubles. */
    int MAX_DIGITS = 15;

    /** The value as printed in the form's table. */
    String display();

    record Count(long value) implements Value {
        public String display() {
            return Long.toString(value);
        }
    }

    record Decimal(BigDecimal value) implements Value {
        public String display() {
            return value.toPlainString();
        }
    }

    record YesNo(boolean value) implements Value {
        public String display() {
            return value ? "是" : "否";
        }
    }

    /** Text, URLs, codes and phone numbers. */
    record Text(String value) implements Value {
        public String display() {
            return value;
        }
    }

    record Date(LocalDate value) implements Value {
        public String display() {
            return value.toString();
        }
    }

    /** One value of a per-quarter row; {@code line}/{@code column} locate it, or what it was computed from. */
    record Cell(BigDecimal value, boolean computed, int line, int column) {
    }

    /** A per-quarter row: 第一季度 … 第四季度 and 全年, in that order; a quarter may be absent when undefined. */
    record Quarters(Map<Quarter, Cell> cells) implements Value {
        public Quarters {
            java.util.EnumMap<Quarter, Cell> copy = new java.util.EnumMap<>(Quarter.class);
            copy.putAll(cells);
            cells = java.util.Collections.unmodifiableMap(copy);
        }

        public String display() {
            return cells.entrySet().stream()
                    .map(e -> e.getKey().label() + " " + e.getValue().value().toPlainString())
                    .collect(Collectors.joining("，"));
        }
    }

    /** A matrix row: one cell per column id, in the form's column order. */
    record Matrix(List<MatrixColumn> columns, Map<String, Cell> cells) implements Value {
        public Matrix {
            columns = List.copyOf(columns);
            cells = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(cells));
        }

        /** The number in column {@code id}, or {@code null}. */
        public BigDecimal at(String id) {
            Cell c = cells.get(id);
            return c == null ? null : c.value();
        }

        public String display() {
            return columns.stream().filter(c -> cells.containsKey(c.id()))
                    .map(c -> c.labelPath() + " " + cells.get(c.id()).value().toPlainString())
                    .collect(Collectors.joining("，"));
        }
    }

    /** The number of a count, decimal or percent, or {@code null} for other values. */
    public static BigDecimal number(Value v) {
        if (v instanceof Count c) {
            return BigDecimal.valueOf(c.value());
        }
        if (v instanceof Decimal d) {
            return d.value();
        }
        return null;
    }

    /** One account of 微博 or 微信: its fields by row id, in the form's order. */
    record Account(Map<String, Value> fields) {
        public Account {
            fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        }
    }

    record Accounts(List<Account> accounts) implements Value {
        public Accounts {
            accounts = List.copyOf(accounts);
        }

        public String display() {
            if (accounts.isEmpty()) {
                return "无";
            }
            return accounts.stream()
                    .map(a -> a.fields().values().stream().map(Value::display).collect(Collectors.joining("，")))
                    .collect(Collectors.joining("；"));
        }
    }

    /** The options ticked on a multiple-choice row. */
    record Choices(List<String> chosen) implements Value {
        public Choices {
            chosen = List.copyOf(chosen);
        }

        public String display() {
            return chosen.isEmpty() ? "无" : String.join("、", chosen);
        }
    }
}
