package org.nianbao.output;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.nianbao.BuildResult;
import org.nianbao.Config;
import org.nianbao.Nianbao;

/**
 * A build without charts, run in a JVM of its own, that stops dead before its output's change number
 * {@code args[2]} (counting from 0; -1: never) as {@code kill -9} would stop it: no finally block, no
 * shutdown hook runs. Prints the name of the change it stopped before, or the number of changes.
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
        };
        BuildResult r = Nianbao.build(Config.builder(Path.of(args[0])).outputDirectory(Path.of(args[1])).charts(false).build());
        System.out.println("steps " + steps.get());
        System.exit(r.written() ? 0 : 1);
    }
}
