package org.nianbao.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.nianbao.source.Sha256;

/**
 * The column as one zip for upload into a CMS: entries sorted, every entry dated the output timestamp
 * in China's time, no extra fields. The same column and timestamp give the same bytes on any machine.
 *
 * <p>A zip whose column did not change is left as it is (same file, same modification time): a key
 * of what it holds is kept beside it, with the zip's size, time and file id to notice a zip replaced
 * by hand.
 */
public final class ColumnZip {
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /**
     * Without an output timestamp. Not 1980-01-01 00:00: the JDK takes that DOS time for "before 1980"
     * and adds an extended time field in the machine's zone.
     */
    static final LocalDateTime EARLIEST = LocalDateTime.of(1980, 1, 1, 0, 0, 2);
    /** The last time a DOS date holds; later ones would get the zone-dependent field too. */
    static final LocalDateTime LATEST = LocalDateTime.of(2107, 12, 31, 23, 59, 58);
    private static final String KEY_HEADER = "nianbao-zip 1";

    private ColumnZip() {
    }

    /**
     * Writes {@code folder} as {@code zip}, replacing it only when complete, unless the zip there was
     * written from the same {@code contentKey} and timestamp.
     *
     * @param contentKey what the folder holds (the manifest's digest): equal keys mean equal files
     * @return whether the zip was written
     */
    public static boolean write(Path folder, Path zip, Optional<Instant> timestamp, String contentKey)
            throws IOException {
        LocalDateTime time = entryTime(timestamp);
        String key = Sha256.of(contentKey + "\n" + time);
        Path keyFile = zip.resolveSibling("." + zip.getFileName() + ".key");
        if (key.equals(keptKey(zip, keyFile))) {
            return false;
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(folder)) {
            files = s.filter(p -> !p.equals(folder)).sorted((a, b) -> name(folder, a).compareTo(name(folder, b))).toList();
        }
        Path part = zip.resolveSibling("." + zip.getFileName() + ".part");
        Files.deleteIfExists(keyFile);
        try {
            try (OutputStream out = Files.newOutputStream(part); ZipOutputStream z = new ZipOutputStream(out)) {
                z.setLevel(Deflater.BEST_COMPRESSION);
                for (Path p : files) {
                    boolean dir = Files.isDirectory(p);
                    ZipEntry e = new ZipEntry(name(folder, p) + (dir ? "/" : ""));
                    e.setTimeLocal(time);
                    z.putNextEntry(e);
                    if (!dir) {
                        Files.copy(p, z);
                    }
                    z.closeEntry();
                }
            }
            StagedOutput.move(part, zip);
        } finally {
            Files.deleteIfExists(part);
        }
        Path keyPart = keyFile.resolveSibling(keyFile.getFileName() + ".part");
        Files.writeString(keyPart, KEY_HEADER + "\n" + key + "\n" + stamp(zip) + "\n", StandardCharsets.UTF_8);
        StagedOutput.move(keyPart, keyFile);
        return true;
    }

    /**
     * Every entry's time: the timestamp as a clock in China shows it, to the even second a DOS time
     * holds, within the years it holds; a local time, so the zone of the building machine never shows.
     */
    static LocalDateTime entryTime(Optional<Instant> timestamp) {
        if (timestamp.isEmpty()) {
            return EARLIEST;
        }
        LocalDateTime t = LocalDateTime.ofInstant(timestamp.get(), CHINA).withNano(0);
        t = t.withSecond(t.getSecond() & ~1);
        return t.isBefore(EARLIEST) ? EARLIEST : t.isAfter(LATEST) ? LATEST : t;
    }

    /** The key the zip there was written from, or null when there is none or the zip is not that one. */
    private static String keptKey(Path zip, Path keyFile) throws IOException {
        if (!Files.isRegularFile(zip) || !Files.isRegularFile(keyFile)) {
            return null;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(keyFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null; // costs one zip, never a wrong one
        }
        return lines.size() == 3 && lines.get(0).equals(KEY_HEADER) && lines.get(2).equals(stamp(zip))
                ? lines.get(1) : null;
    }

    private static String stamp(Path zip) throws IOException {
        BasicFileAttributes a = Files.readAttributes(zip, BasicFileAttributes.class);
        return a.size() + " " + a.lastModifiedTime().toMillis() + " " + a.fileKey();
    }

    private static String name(Path folder, Path p) {
        return folder.relativize(p).toString().replace('\\', '/');
    }
}
