// The shared test column without its report, and a CSV of its figures with a thousands separator in one cell.
import java.nio.file.*

def from = Paths.get(fixtures)
Files.walk(from).withCloseable { files ->
    files.forEach { p ->
        def to = basedir.toPath().resolve(from.relativize(p).toString())
        if (Files.isDirectory(p)) Files.createDirectories(to) else Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING)
    }
}
Files.delete(basedir.toPath().resolve('reports/2023/menhu.md'))
def csv = from.resolveSibling('import.csv').toFile().getText('UTF-8')
assert csv.contains(',860000,3200,')
new File(basedir, 'import.csv').setText(csv.replace(',860000,3200,', ',860000,"3,200",'), 'UTF-8')
