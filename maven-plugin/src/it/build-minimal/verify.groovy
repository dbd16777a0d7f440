// A minimal column project (a pom with only the plugin) builds its column with `mvn package`.
def log = new File(basedir, 'build.log').getText('UTF-8')
def page = new File(basedir, 'target/column/2023/menhu/index.html')
assert new File(basedir, 'target/column/index.html').isFile()
assert page.getText('UTF-8').contains('测试市人民政府门户网站')
assert log.contains('已生成栏目：1 份报表，')
assert !log.contains('未设置源文件编码')
assert !log.contains('SLF4J')
