package org.nianbao.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stamp says a file is unchanged only when it is: no stamp for a file just written, another after any write. */
class FileStampTest {
    @TempDir
    Path tmp;

    @Test
    void aFileJustWrittenHasNoStampSoItIsRead() throws IOException {
        Path f = tmp.resolve("a.md");
        Files.writeString(f, "年度: 2023\n");
        assertNull(FileStamp.of(f), "changed in the last seconds: it could change again within the same clock tick");
        assertNull(FileStamp.of(tmp.resolve("missing.md")));
    }

    @Test
    void aSettledFileKeepsItsStampUntilItIsWrittenEvenWithTheSameSizeAndTime() throws Exception {
        Path f = tmp.resolve("a.md");
        Files.writeString(f, "年度: 2023\n");
        Thread.sleep(FileStamp.SETTLED_MILLIS + 200);
        String stamp = FileStamp.of(f);
        assertNotNull(stamp);
        assertEquals(stamp, FileStamp.of(f), "nothing changed");

        FileTime modified = Files.getLastModifiedTime(f);
        Files.writeString(f, "年度: 2022\n"); // same size
        Files.setLastModifiedTime(f, modified); // and the old modification time, as cp -p or an unzip would set
        Thread.sleep(FileStamp.SETTLED_MILLIS + 200);
        assertNotEquals(stamp, FileStamp.of(f), "the change time moved: the file is read again");
    }
}
