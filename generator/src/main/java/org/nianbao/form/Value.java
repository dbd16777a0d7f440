package org.nianbao.form;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A typed figure of a report, read once from its source text; later stages trust it. */
public sealed interface Value {

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
