package org.nianbao.output;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.nianbao.BuildResult;
import org.nianbao.Config;
import org.nianbao.Nianbao;

/**
 * A build without charts, run in a JVM of its own, that stops dead before its output's change number
 * {@code args[2]} (counting from 0; -1: never) as {@code kill -9} would stop it: no finally block, no
 * shutdown hook runs. Prints the name of the change it stopped before, or (never stopped) each change's name and their number.
 * With a fourth argument {@code served}, the build is one of {@code serve} (its commit in place).
 */
public final class CrashingBuild {
    private CrashingBuild() {
    }

    public static void main(String[] args) throws Exception {
        long haltAt = Long.parseLong(args[2]);
        AtomicLong steps = new AtomicLong();
        StagedOutput.beforeStep = step -> {
            if (steps.getAndIncrement() == haltAt) {
                System.out.println("halted before " + step);
                System.out.flush();
                Runtime.getRuntime().halt(137);
            }
            if (haltAt < 0) {
                System.out.println("step " + step);
            }
        };
        Config config = Config.builder(Path.of(args[0])).outputDirectory(Path.of(args[1])).charts(false).build();
        BuildResult r = args.length > 3 && args[3].equals("served")
                ? Nianbao.build(config, new java.util.concurrent.locks.ReentrantReadWriteLock())
                : Nianbao.build(config);
        System.out.println("steps " + steps.get());
        System.exit(r.written() ? 0 : 1);
    }
}
