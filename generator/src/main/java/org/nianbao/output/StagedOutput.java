package org.nianbao.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.nianbao.render.PageSink;

/**
 * Writes a column into a fresh staging folder beside the output folder, then commits it, so that a
 * failed or interrupted build never touches the last good column.
 *
 * <p>A full build stages every file and swaps the folders: two renames in one parent folder; if a
 * build dies between them, the next one restores the previous column first. An incremental build
 * stages only the files that changed: its commit writes the next manifest beside the folder, moves
 * the staged files in and deletes the files no job writes any more; if it dies on the way, the next
 * build finishes the same steps before anything else (the staging folder and the next manifest say
 * what is left), so the folder always ends up as one build wrote it.
 */
public final class StagedOutput implements PageSink, AutoCloseable {
    /** How long a build waits for another one writing the same column. */
    static final long LOCK_WAIT_MILLIS = 10 * 60 * 1000;

    private final Path target;
    private final Path staging;
    private final Path previous;
    /** What the target folder holds, job by job; the next manifest while a commit is under way. */
    private final Path manifestFile;
    private final Path nextManifestFile;
    private final FileChannel lockFile;
    private final FileLock lock;
    private boolean committed;
    private Manifest manifest = Manifest.empty();
    /** Staging folders made so far: a province writes 500,000 files into 20,000 folders. */
    private final Set<Path> folders = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private StagedOutput(Path target, FileChannel lockFile, FileLock lock) {
        this.target = target;
        String name = target.getFileName().toString();
        this.staging = target.resolveSibling("." + name + ".staging");
        this.previous = target.resolveSibling("." + name + ".previous");
        this.manifestFile = target.resolveSibling("." + name + ".manifest");
        this.nextManifestFile = target.resolveSibling("." + name + ".manifest.next");
        this.lockFile = lockFile;
        this.lock = lock;
    }

    /**
     * Prepares a staging folder for {@code target}, clearing what an interrupted build left. Holds a
     * lock beside the target until closed, so that two builds of one column write one after the other.
     *
     * @throws IOException with a message for the webmaster when the folder cannot be written
     */
    public static StagedOutput open(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute.getParent());
            Path lockPath = absolute.resolveSibling("." + absolute.getFileName() + ".lock");
            FileChannel channel = FileChannel.open(lockPath, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            StagedOutput out = new StagedOutput(absolute, channel, waitForLock(channel, absolute));
            if (!Files.exists(out.target) && Files.isDirectory(out.previous)) {
                Files.move(out.previous, out.target); // a build died between the two renames
            }
            if (Files.isRegularFile(out.nextManifestFile) && Files.isDirectory(out.target)) {
                out.merge(Manifest.read(out.manifestFile)); // a build died while moving its files in
            }
            Files.deleteIfExists(out.nextManifestFile);
            deleteTree(out.previous);
            deleteTree(out.staging);
            deleteTree(absolute.resolveSibling("." + absolute.getFileName() + ".chart-cache")); // nianbao 0.1's
            Files.createDirectories(out.staging);
            if (Files.isDirectory(out.target)) {
                out.manifest = Manifest.read(out.manifestFile);
            }
            return out;
        } catch (IOException e) {
            throw cannotWrite(absolute, e);
        }
    }

    private static FileLock waitForLock(FileChannel channel, Path target) throws IOException {
        long deadline = System.currentTimeMillis() + LOCK_WAIT_MILLIS;
        while (true) {
            try {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    return lock;
                }
            } catch (OverlappingFileLockException e) {
                // another build in this JVM holds it: wait as for another process
            }
            if (System.currentTimeMillis() > deadline) {
                channel.close();
                throw new IOException("另一次构建正在写入 " + target + "，等待超时");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                channel.close();
                throw new IOException("等待另一次构建时被中断", e);
            }
        }
    }

    /** An I/O failure said plainly: which folder, and why (read-only, disk full …). */
    static IOException cannotWrite(Path target, IOException e) {
        if (e.getMessage() != null && e.getMessage().startsWith("无法写入栏目文件夹")) {
            return e;
        }
        String reason = e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null
                ? fse.getReason() : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return new IOException("无法写入栏目文件夹 " + target + "：" + reason + "（上次生成的栏目保持不变）", e);
    }

    @Override
    public void write(String path, byte[] bytes) {
        Path file = staging.resolve(path).normalize();
        if (!file.startsWith(staging)) {
            throw new IllegalArgumentException("output path escapes the column folder: " + path);
        }
        try {
            if (!folders.contains(file.getParent())) {
                Files.createDirectories(file.getParent());
                folders.add(file.getParent());
            }
            // one write call per file: Files.write writes in pieces of 8 KB, 4 to 5 calls for a chart's PNG
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(cannotWrite(target, e));
        }
    }

    /** What the output folder holds by the last build's manifest; empty when unknown (a full build). */
    public Manifest manifest() {
        return manifest;
    }

    /** Whether the output folder has the file {@code path}, as a build that keeps it expects. */
    public boolean holds(String path) {
        return Files.isRegularFile(target.resolve(path), LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * Makes the output folder what {@code next} describes.
     *
     * @param incremental true when the staging folder holds only the changed files and the output
     *                    folder the rest (the jobs kept from {@link #manifest()}); false when the staging
     *                    folder holds the whole column
     */
    public void commit(Manifest next, boolean incremental) throws IOException {
        try {
            if (incremental) {
                next.write(nextManifestFile);
                merge(manifest);
            } else {
                Files.deleteIfExists(manifestFile);
                if (Files.exists(target)) {
                    move(target, previous);
                }
                move(staging, target);
                deleteTree(previous);
                next.write(manifestFile);
            }
            committed = true;
        } catch (IOException e) {
            throw cannotWrite(target, e);
        }
    }

    /**
     * Moves every staged file into the target, deletes the files of {@code old} that the next
     * manifest does not list, then makes the next manifest current. Safe to repeat after a crash.
     */
    private void merge(Manifest old) throws IOException {
        List<Path> staged = List.of();
        if (Files.isDirectory(staging)) {
            try (Stream<Path> s = Files.walk(staging)) {
                staged = s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList();
            }
        }
        for (Path file : staged) {
            Path dest = target.resolve(staging.relativize(file).toString());
            Files.createDirectories(dest.getParent());
            move(file, dest);
        }
        Set<String> kept = Manifest.read(nextManifestFile).paths();
        for (String path : old.paths()) {
            if (!kept.contains(path)) {
                Path gone = target.resolve(path).normalize();
                if (!gone.startsWith(target) || gone.equals(target)) {
                    continue; // a damaged manifest never deletes outside the column
                }
                Files.deleteIfExists(gone);
                // a clean build has no empty folders: remove those this deletion emptied
                for (Path dir = gone.getParent(); !dir.equals(target) && isEmptyDirectory(dir); dir = dir.getParent()) {
                    Files.delete(dir);
                }
            }
        }
        move(nextManifestFile, manifestFile);
        deleteTree(staging);
    }

    private static boolean isEmptyDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    /** Renames {@code from} to {@code to}, replacing it. */
    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Drops the staging folder unless committed; the target is left as it was. */
    @Override
    public void close() throws IOException {
        try {
            if (!committed) {
                deleteTree(staging);
            }
        } finally {
            lock.release();
            lockFile.close();
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
