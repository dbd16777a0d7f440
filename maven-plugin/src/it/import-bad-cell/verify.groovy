// A bad cell fails the import with the CSV's row and column, the column's head and unit; nothing is written.
def log = new File(basedir, 'build.log').getText('UTF-8')
def csv = new File(basedir, 'import.csv').toPath().toAbsolutePath()
assert log.contains("[ERROR] ${csv}:2:12: 信息发布/总数（条）: 填写为“3,200”，不要使用千位分隔符，应为非负整数，如 1234")
assert log.contains('CSV 有 1 个错误，未写入任何文件')
assert log.contains('BUILD FAILURE')
assert !log.contains('\tat ') : 'a stack trace was printed without -e/-X'
assert !new File(basedir, 'reports/2023/menhu.md').exists()
