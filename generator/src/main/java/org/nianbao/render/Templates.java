package org.nianbao.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Pebble templates of a column: the site's own {@code templates/} first, then the theme's.
 * Auto-escaping is on and unknown variables are errors, so a template typo fails the build.
 */
public final class Templates {
    private final PebbleEngine engine;

    /**
     * @param siteTemplates the site's {@code templates/}: each file's text by its path there, such as
     *                      {@code year.peb}; read before the build, so that every page of a build has
     *                      the same templates and the build's key is theirs
     */
    public Templates(Theme theme, Map<String, String> siteTemplates) {
        List<Loader<?>> loaders = new ArrayList<>();
        if (!siteTemplates.isEmpty()) {
            loaders.add(new SiteTemplates(siteTemplates));
        }
        ClasspathLoader themeLoader = new ClasspathLoader(theme.classLoader());
        themeLoader.setPrefix(theme.templatePrefix());
        themeLoader.setSuffix(".peb");
        themeLoader.setCharset(StandardCharsets.UTF_8.name());
        loaders.add(themeLoader);
        this.engine = new PebbleEngine.Builder()
                .loader(new DelegatingLoader(loaders))
                .strictVariables(true)
                .autoEscaping(true)
                .newLineTrimming(true)
                .defaultLocale(Locale.SIMPLIFIED_CHINESE)
                .extension(new AbstractExtension() {
                    @Override
                    public Map<String, Filter> getFilters() {
                        return Map.of("webAddress", new WebAddressFilter(), "attribute", new AttributeFilter());
                    }
                })
                .build();
    }

    /** A page: its record's components and the layout's {@code common} are the template's variables. */
    public String render(Pages.Common common, Pages.Page page) {
        return render(page.template(), variables(common, (Record) page));
    }

    /** A template that is not a page (the homepage box): its record's components are its variables. */
    public String render(String template, Record values) {
        return render(template, variables(values));
    }

    /** Each record component by its name; a later record's wins. */
    static Map<String, Object> variables(Record... records) {
        Map<String, Object> all = new HashMap<>();
        for (Record r : records) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                try {
                    all.put(c.getName(), c.getAccessor().invoke(r));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return all;
    }

    private String render(String template, Map<String, Object> context) {
        StringWriter out = new StringWriter();
        try {
            engine.getTemplate(template).evaluate(out, context, Locale.SIMPLIFIED_CHINESE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (PebbleException e) {
            String file = e.getFileName() == null ? template + ".peb" : e.getFileName();
            file = file.substring(file.lastIndexOf('/') + 1);
            int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
            file = file.endsWith(".peb") ? file : file + ".peb";
            throw new TemplateException(file, line, TemplateErrors.explain(e, file, line), e);
        }
        return out.toString();
    }

    /**
     * {@code attribute}: a value escaped for an HTML attribute, as plain text, so that autoescaping escapes
     * it once more: for markup shown as text, such as the image code a news post pastes.
     */
    private static final class AttributeFilter implements Filter {
        @Override
        public java.util.List<String> getArgumentNames() {
            return null;
        }

        @Override
        public Object apply(Object input, Map<String, Object> args, io.pebbletemplates.pebble.template.PebbleTemplate self,
                io.pebbletemplates.pebble.template.EvaluationContext context, int line) {
            return input == null ? null : org.nianbao.xml.Xml.escape(input.toString());
        }
    }
}
