package org.nianbao.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The column as one zip for upload into a CMS: entries sorted, every time the same fixed local time
 * (so the zone of the building machine does not show), no extra fields. The same column gives the same bytes.
 */
public final class ColumnZip {
    /** The earliest time a zip can hold; any fixed value would do. */
    static final LocalDateTime TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private ColumnZip() {
    }

    /** Writes {@code folder} as {@code zip}, replacing it only when complete. */
    public static void write(Path folder, Path zip) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(folder)) {
            files = s.filter(p -> !p.equals(folder)).sorted((a, b) -> name(folder, a).compareTo(name(folder, b))).toList();
        }
        Path part = zip.resolveSibling("." + zip.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(part); ZipOutputStream z = new ZipOutputStream(out)) {
            z.setLevel(Deflater.BEST_COMPRESSION);
            for (Path p : files) {
                boolean dir = Files.isDirectory(p);
                ZipEntry e = new ZipEntry(name(folder, p) + (dir ? "/" : ""));
                e.setTimeLocal(TIME);
                z.putNextEntry(e);
                if (!dir) {
                    Files.copy(p, z);
                }
                z.closeEntry();
            }
        }
        Files.move(part, zip, StandardCopyOption.REPLACE_EXISTING);
    }

    private static String name(Path folder, Path p) {
        return folder.relativize(p).toString().replace('\\', '/');
    }
}
