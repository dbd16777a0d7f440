// `import` turns the CSV (UTF-8 with a BOM, as Excel saves "CSV UTF-8") into the report file, which then builds.
def log = new File(basedir, 'build.log').getText('UTF-8')
def report = new File(basedir, 'reports/2023/menhu.md').getText('UTF-8')
assert report.startsWith('---\n年度: 2023\n发布日期: 2024-01-20\n网站基本信息:\n  网站名称: 测试市人民政府门户网站\n')
assert report.endsWith('\n---\n\n## 年度工作概述\n')
assert log.contains(':import (default-cli) @ import-csv')
assert log.contains('已按 UTF-8 编码读取 ') && log.contains('，写入 1 份报表')
assert log.contains('  reports/2023/menhu.md')
assert new File(basedir, 'target/column/2023/menhu/index.html').getText('UTF-8').contains('测试市人民政府门户网站')
