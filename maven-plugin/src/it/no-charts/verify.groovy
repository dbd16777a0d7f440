// -Dnianbao.charts=false builds the pages without charts, as --no-charts does; chartPng1x is a known parameter.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('已生成栏目：1 份报表，')
assert new File(basedir, 'target/column/2023/menhu/index.html').isFile()
assert !new File(basedir, 'target/column/charts').exists()
assert new File(basedir, 'target/column.zip').isFile()
