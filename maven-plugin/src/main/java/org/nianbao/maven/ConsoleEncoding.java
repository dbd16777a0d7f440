package org.nianbao.maven;

import java.nio.charset.Charset;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.maven.plugin.logging.Log;

/**
 * Maven prints in its JVM's console encoding; under LANG=C that is ASCII and every Chinese message
 * becomes question marks. The goals cannot change that, so the first goal of a build says, in
 * ASCII, how to fix it.
 */
final class ConsoleEncoding {
    private static final AtomicBoolean WARNED = new AtomicBoolean();

    private ConsoleEncoding() {
    }

    static void warnOnce(Log log) {
        String name = System.getProperty("stdout.encoding", Charset.defaultCharset().name());
        String warning = warning(name);
        if (warning != null && WARNED.compareAndSet(false, true)) {
            log.warn(warning);
        }
    }

    /** The warning for a console in encoding {@code name}, or {@code null} when it shows Chinese. */
    static String warning(String name) {
        try {
            if (Charset.forName(name).newEncoder().canEncode("年报")) {
                return null;
            }
        } catch (IllegalArgumentException e) {
            // an unknown name: warn
        }
        return "nianbao: this console's encoding (" + name + ") cannot show Chinese, so nianbao's messages "
                + "print as '?'. Fix: set a UTF-8 locale (export LANG=C.UTF-8), or put "
                + "-Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 in the project's .mvn/jvm.config.";
    }
}
