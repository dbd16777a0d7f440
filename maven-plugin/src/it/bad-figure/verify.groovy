// A bad figure fails the build with file:line:column, the row's label and unit, and no stack trace.
def log = new File(basedir, 'build.log').getText('UTF-8')
def file = new File(basedir, 'reports/2023/menhu.md').toPath().toAbsolutePath()
assert log.contains("[ERROR] ${file}:14:7: 信息发布/总数（条）: 填写为“3,200”，不要使用千位分隔符")
assert log.contains('报表有 1 个错误，栏目未生成（上次生成的栏目保持不变）')
assert log.contains('BUILD FAILURE')
assert !log.contains('\tat ') : 'a stack trace was printed without -e/-X'
assert !new File(basedir, 'target/column').exists()
