// `new` creates a column project whose pom holds only the plugin, and which then builds.
def log = new File(basedir, 'build.log').getText('UTF-8')
def pom = new File(basedir, 'pom.xml').getText('UTF-8')
assert pom.contains('<artifactId>nianbao-maven-plugin</artifactId>')
assert !pom.contains('<dependencies>')
assert new File(basedir, 'site.yaml').isFile()
def reports = new File(basedir, 'reports').listFiles()
assert reports.length == 1
assert new File(reports[0], 'menhu.md').isFile()
assert new File(basedir, "target/column/${reports[0].name}/menhu/index.html").isFile()
assert log.contains('已生成栏目：1 份报表，')
