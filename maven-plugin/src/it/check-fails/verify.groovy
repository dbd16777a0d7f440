// `check` fails on a bad value, naming the file, line, column and row.
def log = new File(basedir, 'build.log').getText('UTF-8')
def file = new File(basedir, 'reports/2023/menhu.md').toPath().toAbsolutePath()
assert log.contains("[ERROR] ${file}:29:")
assert log.contains(': 办事服务/是否发布服务事项目录: 填写为“yes”，应为“是”或“否”')
assert log.contains('报表有 1 个错误，请改正后再生成栏目')
assert !log.contains('\tat ')
