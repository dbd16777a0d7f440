// The shared test column.
import java.nio.file.*

def from = Paths.get(fixtures)
Files.walk(from).withCloseable { files ->
    files.forEach { p ->
        def to = basedir.toPath().resolve(from.relativize(p).toString())
        if (Files.isDirectory(p)) Files.createDirectories(to) else Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING)
    }
}
true // a pre-build script that returns anything else fails the build
