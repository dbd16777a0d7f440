// A project in a folder whose path has a space and Chinese characters builds.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert basedir.name == '示例 专栏'
assert new File(basedir, 'target/column/2023/menhu/index.html').getText('UTF-8').contains('测试市人民政府门户网站')
assert log.contains("→ ${new File(basedir, 'target/column').toPath().toAbsolutePath()}")
