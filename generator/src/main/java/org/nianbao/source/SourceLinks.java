package org.nianbao.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.nianbao.diagnostic.Diagnostic;
import org.nianbao.diagnostic.Diagnostics;

/**
 * Refuses symbolic links among the sources that are copied or loaded as they are ({@code site.yaml},
 * {@code forms/}, {@code templates/}, {@code static/}): a link could bring a file from outside the
 * source folder into the published column. Report files are checked where they are read.
 */
public final class SourceLinks {
    private static final List<String> CHECKED = List.of(SiteReader.FILE, "forms", "templates", "static");

    private SourceLinks() {
    }

    public static List<Diagnostic> check(Path sourceDir) {
        List<Diagnostic> found = new ArrayList<>();
        for (String name : CHECKED) {
            Path top = sourceDir.resolve(name);
            if (!Files.exists(top, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try (Stream<Path> s = Files.isSymbolicLink(top) ? Stream.of(top) : Files.walk(top)) {
                s.filter(Files::isSymbolicLink).sorted().forEach(p -> {
                    Diagnostics d = new Diagnostics(sourceDir.relativize(p).toString().replace('\\', '/'));
                    d.error(0, 0, "", "不能是符号链接：链接可能把源文件夹以外的文件带进发布的栏目，请改为复制文件");
                    found.addAll(d.list());
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        found.sort(Diagnostic.ORDER);
        return found;
    }
}
