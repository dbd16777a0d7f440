package org.nianbao.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {
    @TempDir
    Path tmp;

    @Test
    void fileNamesWithTabsLineBreaksAndBackslashesComeBackAsWritten() throws IOException {
        List<String> odd = List.of("static/制表\t符.txt", "static/换\n行\r.txt", "static/反\\斜杠\\t.txt", "static/空 格.pdf");
        Manifest written = new Manifest(Map.of("static/", new Manifest.Entry("k1", odd),
                "2023/menhu/index.html", new Manifest.Entry("k2", List.of("2023/menhu/index.html"))));
        Path file = tmp.resolve(".column.manifest");
        written.write(file);
        Manifest read = Manifest.read(file);
        assertEquals(odd, read.get("static/").paths());
        assertEquals("k2", read.get("2023/menhu/index.html").key());
        assertEquals(written.paths(), read.paths());
    }

    @Test
    void aDamagedOrForeignManifestReadsAsEmpty() throws IOException {
        Path file = tmp.resolve(".column.manifest");
        Files.writeString(file, "nianbao-manifest 1\nonly-an-id\n");
        assertTrue(Manifest.read(file).isEmpty());
        Files.writeString(file, "something else\n");
        assertTrue(Manifest.read(file).isEmpty());
        assertTrue(Manifest.read(tmp.resolve("missing")).isEmpty());
    }
}
