package org.nianbao.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Pebble templates of a column: the site's own {@code templates/} first, then the theme's.
 * Auto-escaping is on and unknown variables are errors, so a template typo fails the build.
 */
public final class Templates {
    private final PebbleEngine engine;

    public Templates(Theme theme, Path siteTemplates) {
        List<Loader<?>> loaders = new ArrayList<>();
        if (siteTemplates != null && Files.isDirectory(siteTemplates)) {
            FileLoader site = new FileLoader(siteTemplates.toString());
            site.setSuffix(".peb");
            site.setCharset(StandardCharsets.UTF_8.name());
            loaders.add(site);
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
                        return Map.of("link", new LinkFilter());
                    }
                })
                .build();
    }

    public String render(String template, Map<String, Object> context) {
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
}
