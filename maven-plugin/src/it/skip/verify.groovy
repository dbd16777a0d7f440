// -Dnianbao.skip skips the goal, says so at INFO, and writes nothing.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] 已跳过生成栏目（nianbao.skip）')
assert !new File(basedir, 'target/column').exists()
