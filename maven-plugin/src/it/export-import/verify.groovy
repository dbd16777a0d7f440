// The workbook written for filling, imported back unchanged, leaves the report as it was, byte for byte.
import java.nio.file.*

def log = new File(basedir, 'build.log').getText('UTF-8')
def xlsx = new File(basedir, 'target/fill.xlsx')
assert xlsx.isFile()
assert log.contains(':export (default-cli) @ export-import')
assert log.contains("已写出 ${xlsx.toPath()}：1 个网站（其中 1 个已有报表数据）") || log.contains('已写出 target/fill.xlsx：1 个网站（其中 1 个已有报表数据）')
assert log.contains('的工作表“报表”，写入 1 份报表')
def report = 'reports/2023/menhu.md'
assert Arrays.equals(Files.readAllBytes(Paths.get(fixtures).resolve(report)), Files.readAllBytes(basedir.toPath().resolve(report)))
assert new File(basedir, 'target/column/data/all-2023.xlsx').isFile()
