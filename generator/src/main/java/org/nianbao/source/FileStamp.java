package org.nianbao.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;

/**
 * What the file system says of a file without reading it: size, modification and change times, inode.
 * Any write, rename into place or change of attributes gives a file another change time, which no one can
 * set back; so a file whose stamp is the same as when it was read holds the same bytes, as git's index
 * assumes. A stamp is taken only of a file unchanged for {@link #SETTLED_MILLIS}: a file changed in the
 * same tick of the clock as it was stamped could keep its stamp (git's "racy" files); such files are read again.
 */
public final class FileStamp {
    /** Longer than the coarsest file time of a common file system (FAT's two seconds). */
    static final long SETTLED_MILLIS = 2_500;

    private FileStamp() {
    }

    /** The stamp of {@code file}, or {@code null} when it changed too recently to be trusted or cannot be read. */
    public static String of(Path file) {
        try {
            Map<String, Object> a = Files.readAttributes(file, "unix:size,lastModifiedTime,ctime,ino",
                    LinkOption.NOFOLLOW_LINKS);
            FileTime changed = (FileTime) a.get("ctime");
            FileTime modified = (FileTime) a.get("lastModifiedTime");
            long newest = Math.max(changed.toMillis(), modified.toMillis());
            if (newest > System.currentTimeMillis() - SETTLED_MILLIS) {
                return null;
            }
            return a.get("size") + " " + nanos(modified) + " " + nanos(changed) + " " + a.get("ino");
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return null; // no unix view (Windows), or gone: the file is read and hashed
        }
    }

    private static long nanos(FileTime t) {
        return t.to(java.util.concurrent.TimeUnit.NANOSECONDS);
    }
}
