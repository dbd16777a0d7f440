package org.nianbao.chart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.nianbao.form.FormDefinition;
import org.nianbao.form.FormLoader;
import org.nianbao.model.Column;
import org.nianbao.plan.ColumnLayout;
import org.nianbao.render.Theme;
import org.nianbao.check.ColumnCheck;

/** The demo column's charts with the default theme's style and font, for tests and the benchmark. */
final class DemoCharts {
    static final Path DEMO = Path.of("..", "site-src").toAbsolutePath().normalize();

    final Map<String, FormDefinition> forms = FormLoader.load(DEMO);
    final FormDefinition form = forms.get(FormLoader.WORK);
    final Column column;
    final ChartDefinitions definitions = ChartDefinitions.load(forms);
    final ChartStyle style;
    final ChartFont font;
    final ColumnCharts charts;

    DemoCharts() {
        column = ColumnCheck.read(DEMO, 1 << 20).column();
        Theme theme = Theme.load("default", DemoCharts.class.getClassLoader());
        style = ChartStyle.parse(theme.resource("chart-style.yaml"));
        try {
            font = ChartFont.load(theme.resource(style.font()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        charts = ColumnCharts.plan(column, new ColumnLayout(null), form, definitions, style, true);
    }

    List<ChartSpec> specs() {
        return charts.all();
    }

    ChartSpec spec(String path) {
        return specs().stream().filter(s -> s.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no chart " + path));
    }

    ChartImages images() {
        return new ChartImages(new ChartRenderer(style, font));
    }
}
