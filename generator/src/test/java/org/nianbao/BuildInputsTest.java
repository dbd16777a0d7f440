package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The code's part of the build key depends on the code's own files, not on the jar that carries them. */
class BuildInputsTest {
    @TempDir
    Path tmp;

    private static final Map<String, String> OWN = new LinkedHashMap<>();

    static {
        OWN.put("org/x/A.class", "class A");
        OWN.put("org/x/b/B.class", "class B");
        OWN.put("org/x/forms/work.yaml", "表: 1");
    }

    @Test
    void aLibraryJarAShadedJarAndAClassFolderWithTheSameFilesGiveOneHash() throws IOException {
        Path library = jar("library.jar", OWN, false, 1_000_000_000_000L);
        Map<String, String> shaded = new LinkedHashMap<>();
        shaded.put("org/other/C.class", "class C");
        shaded.put("org/x/theme/default/theme.yaml", "a theme shaded in beside");
        java.util.List<String> reversed = new java.util.ArrayList<>(OWN.keySet());
        java.util.Collections.reverse(reversed);
        reversed.forEach(k -> shaded.put(k, OWN.get(k)));
        shaded.put("META-INF/MANIFEST.MF", "Main-Class: Main");
        Path uber = jar("uber.jar", shaded, true, 1_700_000_000_000L);
        Path folder = tmp.resolve("classes");
        for (Map.Entry<String, String> e : shaded.entrySet()) {
            Path f = folder.resolve(e.getKey());
            Files.createDirectories(f.getParent());
            Files.writeString(f, e.getValue());
        }

        String fromLibrary = BuildInputs.hash(library, "org/x/", "org/x/theme/");
        assertEquals(fromLibrary, BuildInputs.hash(uber, "org/x/", "org/x/theme/"));
        assertEquals(fromLibrary, BuildInputs.hash(folder, "org/x/", "org/x/theme/"));
        assertNotEquals(fromLibrary, BuildInputs.hash(uber, "org/x/", null), "the excluded folder counts without except");
    }

    @Test
    void anyChangeOfAnOwnFileGivesAnotherHash() throws IOException {
        String before = BuildInputs.hash(jar("a.jar", OWN, false, 0), "org/x/", null);
        Map<String, String> changed = new LinkedHashMap<>(OWN);
        changed.put("org/x/b/B.class", "class b");
        assertNotEquals(before, BuildInputs.hash(jar("b.jar", changed, false, 0), "org/x/", null));
        Map<String, String> added = new LinkedHashMap<>(OWN);
        added.put("org/x/D.class", "");
        assertNotEquals(before, BuildInputs.hash(jar("c.jar", added, false, 0), "org/x/", null));
        Map<String, String> renamed = new LinkedHashMap<>(OWN);
        renamed.put("org/x/Z.class", renamed.remove("org/x/A.class"));
        assertNotEquals(before, BuildInputs.hash(jar("d.jar", renamed, false, 0), "org/x/", null));
    }

    private Path jar(String name, Map<String, String> files, boolean stored, long time) throws IOException {
        Path jar = tmp.resolve(name);
        try (OutputStream o = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(o)) {
            zip.setLevel(stored ? 0 : 9);
            for (Map.Entry<String, String> e : files.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setLastModifiedTime(FileTime.fromMillis(time));
                zip.putNextEntry(entry);
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }
}
