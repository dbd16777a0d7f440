// Under LANG=C the first goal says once, in ASCII, how to get readable messages.
def log = new File(basedir, 'build.log').getText('UTF-8')
def fix = "cannot show Chinese, so nianbao's messages print as '?'. Fix: set a UTF-8 locale (export LANG=C.UTF-8), " +
        "or put -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 in the project's .mvn/jvm.config."
def warnings = log.readLines().findAll { it.startsWith("[WARNING] nianbao: this console's encoding (") }
assert warnings.size() == 1 : 'told once, not once per goal: ' + warnings
assert warnings[0].endsWith(") " + fix)
assert log.contains(':check (default) @ lang-c') && log.contains(':build (default-cli) @ lang-c')
