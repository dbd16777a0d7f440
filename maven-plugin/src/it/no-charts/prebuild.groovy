// Copies the shared test column (src/it-fixtures/column) into this project.
import java.nio.file.*

def from = Paths.get(fixtures)
Files.walk(from).withCloseable { files ->
    files.forEach { p ->
        def to = basedir.toPath().resolve(from.relativize(p).toString())
        if (Files.isDirectory(p)) Files.createDirectories(to) else Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING)
    }
}
