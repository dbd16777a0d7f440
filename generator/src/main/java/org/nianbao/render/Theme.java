package org.nianbao.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A theme on the classpath under {@code org/nianbao/theme/<name>/}: Pebble templates in
 * {@code templates/}, static files in {@code assets/} listed by {@code theme.yaml}. Themes are trusted code.
 */
public final class Theme {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final String name;
    private final ClassLoader classLoader;
    private final List<String> assets;

    private Theme(String name, ClassLoader classLoader, List<String> assets) {
        this.name = name;
        this.classLoader = classLoader;
        this.assets = List.copyOf(assets);
    }

    /** Loads theme {@code name} from {@code classLoader}; fails when it is not there. */
    @SuppressWarnings("unchecked")
    public static Theme load(String name, ClassLoader classLoader) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("主题名称只能包含小写字母、数字和连字符：" + name);
        }
        String base = "org/nianbao/theme/" + name + "/";
        try (InputStream in = classLoader.getResourceAsStream(base + "theme.yaml")) {
            if (in == null) {
                throw new IllegalArgumentException("找不到主题“" + name + "”：类路径中没有 " + base + "theme.yaml");
            }
            Map<String, Object> map = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return new Theme(name, classLoader, (List<String>) map.getOrDefault("assets", List.of()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String name() {
        return name;
    }

    ClassLoader classLoader() {
        return classLoader;
    }

    /** The classpath folder of the templates, for Pebble's loader. */
    String templatePrefix() {
        return "org/nianbao/theme/" + name + "/templates";
    }

    /** Names of the static files under {@code assets/}, e.g. {@code style.css}. */
    public List<String> assets() {
        return assets;
    }

    /** A file of the theme by its path inside the theme, e.g. {@code chart-style.yaml}. */
    public byte[] resource(String path) {
        try (InputStream in = classLoader.getResourceAsStream("org/nianbao/theme/" + name + "/" + path)) {
            if (in == null) {
                throw new IllegalStateException("theme " + name + " has no " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] asset(String file) {
        try (InputStream in = classLoader.getResourceAsStream("org/nianbao/theme/" + name + "/assets/" + file)) {
            if (in == null) {
                throw new IllegalStateException("theme " + name + " lists a missing asset: " + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
