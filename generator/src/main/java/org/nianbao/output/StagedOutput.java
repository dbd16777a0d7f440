package org.nianbao.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import org.nianbao.render.PageSink;

/**
 * Writes a column into a fresh staging folder beside the output folder, then swaps it in, so that a
 * failed or interrupted build never touches the last good column. The swap is two renames in one
 * parent folder; if a build dies between them, the next one restores the previous column first.
 */
public final class StagedOutput implements PageSink, AutoCloseable {
    private final Path target;
    private final Path staging;
    private final Path previous;
    private boolean committed;

    private StagedOutput(Path target) {
        this.target = target;
        String name = target.getFileName().toString();
        this.staging = target.resolveSibling("." + name + ".staging");
        this.previous = target.resolveSibling("." + name + ".previous");
    }

    /** Prepares a staging folder for {@code target}, clearing what an interrupted build left. */
    public static StagedOutput open(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Files.createDirectories(absolute.getParent());
        StagedOutput out = new StagedOutput(absolute);
        if (!Files.exists(out.target) && Files.isDirectory(out.previous)) {
            Files.move(out.previous, out.target);
        }
        deleteTree(out.previous);
        deleteTree(out.staging);
        Files.createDirectories(out.staging);
        return out;
    }

    @Override
    public void write(String path, byte[] bytes) {
        Path file = staging.resolve(path).normalize();
        if (!file.startsWith(staging)) {
            throw new IllegalArgumentException("output path escapes the column folder: " + path);
        }
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the target folder with what was written. */
    public void commit() throws IOException {
        if (Files.exists(target)) {
            move(target, previous);
        }
        move(staging, target);
        committed = true;
        deleteTree(previous);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Drops the staging folder unless committed; the target is left as it was. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            deleteTree(staging);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
