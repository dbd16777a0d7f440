package org.nianbao.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ColumnZipTest {
    private static final Optional<Instant> JAN_31 = Optional.of(Instant.parse("2024-01-31T00:00:00Z"));

    @TempDir
    Path tmp;

    private Path column() throws IOException {
        Path column = tmp.resolve("column");
        Files.createDirectories(column.resolve("2023"));
        Files.writeString(column.resolve("index.html"), "<p>年报</p>", StandardCharsets.UTF_8);
        Files.writeString(column.resolve("2023/index.html"), "<p>2023</p>", StandardCharsets.UTF_8);
        return column;
    }

    @Test
    void theZipIsTheSameInEveryTimeZone() throws IOException {
        Path column = column();
        TimeZone zone = TimeZone.getDefault();
        for (Optional<Instant> timestamp : java.util.List.of(Optional.<Instant>empty(), JAN_31)) {
            byte[] first = null;
            try {
                for (String id : new String[] {"Asia/Shanghai", "UTC", "America/Los_Angeles"}) {
                    TimeZone.setDefault(TimeZone.getTimeZone(id));
                    Path zip = tmp.resolve(id.replace('/', '-') + timestamp.isPresent() + ".zip");
                    ColumnZip.write(column, zip, timestamp, "k");
                    byte[] bytes = Files.readAllBytes(zip);
                    if (first == null) {
                        first = bytes;
                    } else {
                        assertArrayEquals(first, bytes, id + " " + timestamp);
                    }
                }
            } finally {
                TimeZone.setDefault(zone);
            }
        }
    }

    @Test
    void entriesAreDatedTheOutputTimestampInChinasTime() throws IOException {
        Path column = column();
        Path zip = tmp.resolve("column.zip");
        ColumnZip.write(column, zip, JAN_31, "k");
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(zip)))) {
            int n = 0;
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry(), n++) {
                assertEquals(LocalDateTime.of(2024, 1, 31, 8, 0), e.getTimeLocal(), e.getName());
                assertEquals(null, e.getExtra(), e.getName());
            }
            assertEquals(3, n);
        }
    }

    @Test
    void timesADosDateCannotHoldAreClamped() {
        assertEquals(ColumnZip.EARLIEST, ColumnZip.entryTime(Optional.empty()));
        assertEquals(ColumnZip.EARLIEST, ColumnZip.entryTime(Optional.of(Instant.EPOCH)));
        assertEquals(ColumnZip.LATEST, ColumnZip.entryTime(Optional.of(Instant.parse("2200-01-01T00:00:00Z"))));
        assertEquals(LocalDateTime.of(2024, 1, 31, 8, 0, 2),
                ColumnZip.entryTime(Optional.of(Instant.parse("2024-01-31T00:00:03.5Z"))));
    }

    @Test
    void aZipOfTheSameColumnIsLeftAsItIs() throws IOException {
        Path column = column();
        Path zip = tmp.resolve("column.zip");
        assertTrue(ColumnZip.write(column, zip, JAN_31, "k1"));
        var before = Files.readAttributes(zip, java.nio.file.attribute.BasicFileAttributes.class);
        assertFalse(ColumnZip.write(column, zip, JAN_31, "k1"));
        var after = Files.readAttributes(zip, java.nio.file.attribute.BasicFileAttributes.class);
        assertEquals(before.fileKey(), after.fileKey());
        assertEquals(before.lastModifiedTime(), after.lastModifiedTime());

        assertTrue(ColumnZip.write(column, zip, JAN_31, "k2"), "another column");
        assertTrue(ColumnZip.write(column, zip, Optional.empty(), "k2"), "another time");
        Files.writeString(zip, "replaced by hand");
        assertTrue(ColumnZip.write(column, zip, Optional.empty(), "k2"), "a zip that is not the one written");
        assertTrue(new String(Files.readAllBytes(zip), StandardCharsets.ISO_8859_1).startsWith("PK"));
        Files.delete(zip);
        assertTrue(ColumnZip.write(column, zip, Optional.empty(), "k2"), "no zip");
        assertTrue(Files.notExists(tmp.resolve(".column.zip.part")));
    }
}
