package org.nianbao.render;

import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.loader.Loader;
import io.pebbletemplates.pebble.utils.PathUtils;
import java.io.Reader;
import java.io.StringReader;
import java.util.Map;

/**
 * The site's own templates, already read: a template name ({@code year}, {@code partials/nav}) finds
 * the file of that name with {@code .peb}, and nothing outside the folder can be named.
 */
final class SiteTemplates implements Loader<String> {
    private static final String SUFFIX = ".peb";

    private final Map<String, String> files;

    SiteTemplates(Map<String, String> files) {
        this.files = Map.copyOf(files);
    }

    @Override
    public Reader getReader(String name) {
        String text = files.get(name + SUFFIX);
        if (text == null) {
            throw new LoaderException(null, "Could not find template \"" + name + "\"");
        }
        return new StringReader(text);
    }

    @Override
    public void setCharset(String charset) {
    }

    @Override
    public void setPrefix(String prefix) {
    }

    @Override
    public void setSuffix(String suffix) {
    }

    @Override
    public String resolveRelativePath(String relativePath, String anchorPath) {
        return PathUtils.resolveRelativePath(relativePath, anchorPath, '/');
    }

    @Override
    public String createCacheKey(String name) {
        return name;
    }

    @Override
    public boolean resourceExists(String name) {
        return files.containsKey(name + SUFFIX);
    }
}
