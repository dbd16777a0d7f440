package org.nianbao.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.form.FormDefinition;
import org.nianbao.form.Quarter;
import org.nianbao.form.Row;
import org.nianbao.form.Section;

/** A form's sections and rows as the fill page draws them: keys, labels, units, types, and what each expects. */
final class FillForm {
    private FillForm() {
    }

    static Map<String, Object> describe(FormDefinition view) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", view.id());
        out.put("title", view.title());
        out.put("edition", view.edition() == null ? "" : view.edition().label());
        out.put("quarters", Quarter.stream().map(Quarter::label).toList());
        out.put("narrative", view.narrative());
        List<Map<String, Object>> sections = new ArrayList<>();
        for (Section s : view.sections()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", s.id());
            m.put("label", s.label());
            m.put("rows", rows(s.rows()));
            sections.add(m);
        }
        out.put("sections", sections);
        return out;
    }

    private static List<Map<String, Object>> rows(List<Row> rows) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Row r : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", r.path());
            m.put("id", r.id());
            m.put("label", r.label());
            m.put("unit", r.unit());
            m.put("type", r.type().id());
            m.put("valueType", r.valueType() == null ? r.type().id() : r.valueType().id());
            m.put("expected", r.valueType() == null ? r.type().expected() : r.valueType().expected());
            m.put("optional", r.optional());
            m.put("derived", r.derived());
            m.put("yearSum", r.yearSum());
            m.put("quarterly", r.quarterly());
            m.put("expect", r.expect() == null ? "" : r.expect());
            m.put("options", r.options());
            m.put("heading", r.heading() == null ? "" : r.heading());
            m.put("columns", r.columns().stream().map(c -> Map.of("id", c.id(), "label", c.label(), "path", c.labelPath())).toList());
            m.put("children", rows(r.children()));
            out.add(m);
        }
        return out;
    }
}
