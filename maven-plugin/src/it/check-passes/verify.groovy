// `check` (bound to verify) checks the reports and writes nothing.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('nianbao-maven-plugin') && log.contains(':check (default) @ check-passes')
assert log.contains('已检查 1 份报表：没有错误')
assert !new File(basedir, 'target/column').exists()
