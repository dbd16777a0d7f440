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
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.stream.Stream;
import org.nianbao.concurrent.Parallel;
import org.nianbao.render.PageSink;

/**
 * Writes a column into a fresh staging folder beside the output folder, then commits it, so that a
 * failed or interrupted build never touches the last good column, and a reader of the output folder
 * (a web server serving it) sees the whole old column or the whole new one, never a mix.
 *
 * <p>A full build stages every file. An incremental build stages the files that changed and, at its
 * commit, hard-links every other file of the new column from the output folder into the staging
 * folder (copies it where the file system has no hard links), so that the staging folder holds the
 * whole new column too. The commit then swaps the folders: two renames in one parent folder. Between
 * the two the output folder does not exist (a reader gets "not found"; no Java API renames one
 * folder over another in one step); if a build dies right there, the next one restores the
 * previous column before anything else.
 *
 * <p>The old column is then kept beside as the <em>spare</em> ({@code .<output>.spare}) when it differs
 * from the new one in few files, with what it holds as the differences from the output folder's manifest
 * ({@code .<output>.spare.delta}). The next incremental commit makes the spare the new column instead of
 * a staging folder: it moves the staged files in, links from the output folder the few files the spare
 * lacks and deletes the ones the new column lacks, then swaps, so that its cost follows the files changed
 * in the last two builds rather than the column's size. Unchanged files are one file, linked from both
 * folders, and are never written to: a file changes by a rename over it. A spare without its delta file
 * (a build killed while it worked on it) is deleted.
 *
 * <p>For a server that serves the output folder itself ({@code serve}), opened with the lock its requests
 * take ({@link #open(Path, ReadWriteLock)}): the renames of a commit run under the lock's write side, so
 * that no request sees the folder missing or half committed, and an incremental commit moves the changed
 * files into the output folder one by one instead of linking the column's every other file, at a cost in
 * proportion to the edit. A build killed while it does leaves a folder of old and new files and no
 * manifest, which the next build writes whole before the server serves again.
 */
public final class StagedOutput implements PageSink, AutoCloseable {
    /** How long a build waits for another one writing the same column. */
    static final long LOCK_WAIT_MILLIS = 10 * 60 * 1000;

    private final Path target;
    private final Path staging;
    private final Path previous;
    /** The column before the last, and how it differs from the output folder's manifest (see above). */
    private final Path spare;
    private final Path spareDeltaFile;
    private Manifest spareDelta;
    /** What the target folder holds, job by job; the next manifest while a commit is under way. */
    private final Path manifestFile;
    private final Path nextManifestFile;
    private final FileChannel lockFile;
    private final FileLock lock;
    /** The write side of the lock a server's requests take, or null: nobody serves the folder while it is built. */
    private final Lock servedWrites;
    private boolean committed;
    private Manifest manifest = Manifest.empty();
    /** The files staged so far, by path: the commit links the others without asking the file system. */
    private final Set<String> staged = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** Staging folders made so far: a province writes 500,000 files into 20,000 folders. */
    private final Set<Path> folders = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /**
     * Told the name of each change to the file system before it is made: tests stop the JVM there,
     * as a kill would.
     */
    static java.util.function.Consumer<String> beforeStep = step -> {
    };

    /** Where the manifest of the column folder {@code target} is kept: beside it. */
    public static Path manifestFile(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".manifest");
    }

    /**
     * Whether the column folder {@code target} is as its last commit left it: its manifest there, no
     * build's leftovers beside it, and every file the manifest names in it (one may have been deleted by hand).
     */
    public static boolean settled(Path target) {
        String name = target.getFileName().toString();
        Manifest manifest = Manifest.read(manifestFile(target));
        if (manifest.isEmpty() || !Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS) || Stream.of(".staging",
                ".previous", ".manifest.next").anyMatch(s -> Files.exists(target.resolveSibling("." + name + s),
                        LinkOption.NOFOLLOW_LINKS))) {
            return false;
        }
        List<String> files = List.copyOf(manifest.paths());
        java.util.concurrent.atomic.AtomicBoolean all = new java.util.concurrent.atomic.AtomicBoolean(true);
        Parallel.forEach(files.size(), i -> { // a system call a file: on every core
            if (all.get() && !Files.isRegularFile(target.resolve(files.get(i)), LinkOption.NOFOLLOW_LINKS)) {
                all.set(false);
            }
        });
        return all.get();
    }

    private StagedOutput(Path target, FileChannel lockFile, FileLock lock, Lock servedWrites) {
        this.target = target;
        this.servedWrites = servedWrites;
        String name = target.getFileName().toString();
        this.staging = target.resolveSibling("." + name + ".staging");
        this.previous = target.resolveSibling("." + name + ".previous");
        this.spare = target.resolveSibling("." + name + ".spare");
        this.spareDeltaFile = target.resolveSibling("." + name + ".spare.delta");
        this.manifestFile = manifestFile(target);
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
        return open(target, null);
    }

    /**
     * As {@link #open(Path)}, for a server that serves {@code target} and holds {@code served}'s read lock
     * for each request ({@code null}: none).
     */
    public static StagedOutput open(Path target, ReadWriteLock served) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute.getParent());
            Path lockPath = absolute.resolveSibling("." + absolute.getFileName() + ".lock");
            FileChannel channel = FileChannel.open(lockPath, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            StagedOutput out = new StagedOutput(absolute, channel, waitForLock(channel, absolute),
                    served == null ? null : served.writeLock());
            if (!Files.exists(out.target) && Files.isDirectory(out.previous)) {
                Files.move(out.previous, out.target); // a build died between the two renames
            }
            if (Files.deleteIfExists(out.nextManifestFile)) {
                // nianbao 0.1 died moving its files in one by one: the folder may be a mix, build it all
                Files.deleteIfExists(out.manifestFile);
            }
            deleteTree(out.previous);
            deleteTree(out.staging);
            deleteTree(absolute.resolveSibling("." + absolute.getFileName() + ".chart-cache")); // nianbao 0.1's
            Files.createDirectories(out.staging);
            if (Files.isDirectory(out.target)) {
                out.manifest = Manifest.read(out.manifestFile);
            }
            out.spareDelta = out.manifest.isEmpty() || !Files.isDirectory(out.spare) ? null
                    : Manifest.read(out.spareDeltaFile);
            if (out.spareDelta == null || out.spareDelta.isEmpty()) {
                out.spareDelta = null;
                Files.deleteIfExists(out.spareDeltaFile);
                deleteTree(out.spare); // a build died making it the next column, or no column to compare
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
        Path file = stagingFile(path);
        try {
            beforeStep.accept("write " + path);
            createParent(file);
            // one write call per file: Files.write writes in pieces of 8 KB, 4 to 5 calls for a chart's PNG
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }
            staged.add(path);
        } catch (IOException e) {
            throw new UncheckedIOException(cannotWrite(target, e));
        }
    }

    private Path stagingFile(String path) {
        Path file = staging.resolve(path).normalize();
        if (!file.startsWith(staging)) {
            throw new IllegalArgumentException("output path escapes the column folder: " + path);
        }
        return file;
    }

    private void createParent(Path file) throws IOException {
        if (!folders.contains(file.getParent())) {
            Files.createDirectories(file.getParent());
            folders.add(file.getParent());
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
            if (incremental && unchanged(next)) {
                beforeStep.accept("manifest");
                next.write(manifestFile); // the same files: the folder stays as it is
                deleteTree(staging);
            } else if (incremental && servedWrites != null) {
                servedWrites.lock();
                try {
                    replaceInPlace(next);
                } finally {
                    servedWrites.unlock();
                }
                deleteTree(staging);
            } else {
                boolean folded = incremental && spareDelta != null;
                if (folded) {
                    foldIntoSpare(next);
                } else if (incremental) {
                    linkKeptFiles(next);
                }
                beforeStep.accept("forget manifest");
                Files.deleteIfExists(manifestFile);
                if (servedWrites != null) {
                    servedWrites.lock();
                }
                try {
                    if (Files.exists(target)) {
                        beforeStep.accept("move old column aside");
                        move(target, previous);
                    }
                    beforeStep.accept("move new column in");
                    move(folded ? spare : staging, target);
                } finally {
                    if (servedWrites != null) {
                        servedWrites.unlock();
                    }
                }
                beforeStep.accept("manifest");
                next.write(manifestFile);
                keepOrDelete(previous, manifest, next);
                deleteTree(staging);
            }
            committed = true;
        } catch (IOException e) {
            throw cannotWrite(target, e);
        }
    }

    /** Whether nothing was staged and the output folder holds the files {@code next} lists and no others. */
    private boolean unchanged(Manifest next) {
        return staged.isEmpty() && next.paths().equals(manifest.paths());
    }

    /** The largest share of the new column's files that the old one may differ in and still be kept as the spare. */
    static final double SPARE_AT_MOST = 0.25;

    /**
     * Keeps the old column {@code old} (listed by {@code oldManifest}) as the spare when it differs from
     * {@code next} in few files, else deletes it.
     */
    private void keepOrDelete(Path old, Manifest oldManifest, Manifest next) throws IOException {
        if (!Files.exists(old)) {
            return;
        }
        Manifest delta = delta(oldManifest, next);
        long differing = delta.ids().stream().mapToLong(id -> Math.max(1, delta.get(id).paths().size())).sum();
        if (oldManifest.isEmpty() || differing > SPARE_AT_MOST * next.paths().size()) {
            beforeStep.accept("delete old column");
            deleteColumn(old, oldManifest);
            return;
        }
        beforeStep.accept("keep old column as spare");
        move(old, spare);
        beforeStep.accept("spare delta");
        delta.write(spareDeltaFile);
    }

    /** In a spare's delta: a job it lacks; a job whose files it may lack (they were missing from the output folder). */
    private static final Manifest.Entry ABSENT = new Manifest.Entry("-", List.of());
    private static final String UNSURE = "?";

    /**
     * How the old column, listed by {@code held}, differs from {@code next}: its entry for each job where
     * they differ, and for each job rendered again with the same key (its files were missing) as unsure.
     */
    private Manifest delta(Manifest held, Manifest next) {
        java.util.Map<String, Manifest.Entry> delta = new java.util.HashMap<>();
        for (String id : held.ids()) {
            Manifest.Entry h = held.get(id);
            if (!h.equals(next.get(id))) {
                delta.put(id, h);
            } else if (h.paths().stream().anyMatch(staged::contains)) {
                delta.put(id, new Manifest.Entry(UNSURE, h.paths()));
            }
        }
        for (String id : next.ids()) {
            if (held.get(id) == null) {
                delta.put(id, ABSENT);
            }
        }
        return new Manifest(delta);
    }

    /** What the spare holds, job by job: its delta applied to the output folder's manifest. */
    private Manifest spareColumn() {
        java.util.Map<String, Manifest.Entry> held = new java.util.HashMap<>();
        for (String id : manifest.ids()) {
            held.put(id, manifest.get(id));
        }
        for (String id : spareDelta.ids()) {
            Manifest.Entry e = spareDelta.get(id);
            if (e.key().equals(ABSENT.key())) {
                held.remove(id);
            } else {
                held.put(id, e);
            }
        }
        return new Manifest(held);
    }

    /**
     * Makes the spare the whole new column: its files that {@code next} lacks deleted, the staged files moved
     * in, and each file of a kept job that the spare holds in another version linked from the output folder.
     */
    private void foldIntoSpare(Manifest next) throws IOException {
        beforeStep.accept("forget spare");
        Files.delete(spareDeltaFile); // from here on the spare is no column: a build killed now deletes it
        Manifest held = spareColumn();
        Set<String> nextPaths = next.paths();
        for (String path : held.paths()) {
            if (!nextPaths.contains(path)) {
                beforeStep.accept("spare: delete " + path);
                Path file = spare.resolve(path);
                Files.deleteIfExists(file);
                deleteEmptyFolders(file.getParent(), spare);
            }
        }
        boolean[] links = {true};
        for (String id : next.ids()) {
            Manifest.Entry e = next.get(id);
            if (e.paths().stream().allMatch(staged::contains)) {
                for (String path : e.paths()) {
                    beforeStep.accept("spare: move in " + path);
                    Path file = spare.resolve(path);
                    Files.createDirectories(file.getParent());
                    move(stagingFile(path), file);
                }
            } else if (!e.equals(held.get(id))) {
                for (String path : e.paths()) {
                    beforeStep.accept("spare: link " + path);
                    Path file = spare.resolve(path);
                    Files.deleteIfExists(file);
                    Files.createDirectories(file.getParent());
                    linkOrCopy(target.resolve(path), file, links);
                }
            }
        }
    }

    /**
     * Makes the output folder what {@code next} lists: each staged file moved over its old one, each file
     * of the old manifest that {@code next} lacks deleted with the folders it leaves empty.
     */
    private void replaceInPlace(Manifest next) throws IOException {
        beforeStep.accept("forget manifest");
        Files.deleteIfExists(manifestFile); // from here until the new one, the next build writes the folder whole
        Files.deleteIfExists(spareDeltaFile);
        for (String path : new java.util.TreeSet<>(staged)) {
            beforeStep.accept("replace " + path);
            Path file = target.resolve(path);
            Files.createDirectories(file.getParent());
            move(stagingFile(path), file);
        }
        Set<String> kept = next.paths();
        for (String path : manifest.paths()) {
            if (!kept.contains(path)) {
                beforeStep.accept("delete " + path);
                Path file = target.resolve(path);
                Files.deleteIfExists(file);
                deleteEmptyFolders(file.getParent(), target);
            }
        }
        beforeStep.accept("manifest");
        next.write(manifestFile);
        if (spareDelta != null) {
            beforeStep.accept("spare delta"); // the spare as it is, told against the new manifest
            delta(spareColumn(), next).write(spareDeltaFile);
        }
    }

    /** Deletes {@code folder} and the folders above it inside {@code root} while they are empty. */
    private static void deleteEmptyFolders(Path folder, Path root) throws IOException {
        for (Path f = folder; f != null && f.startsWith(root) && !f.equals(root); f = f.getParent()) {
            try {
                Files.deleteIfExists(f);
            } catch (java.nio.file.DirectoryNotEmptyException e) {
                return;
            }
        }
    }

    /**
     * Makes the staging folder the whole column: every file of {@code next} not staged, from the output folder,
     * on every core (a link is a system call; a province keeps hundreds of thousands of files).
     */
    private void linkKeptFiles(Manifest next) throws IOException {
        List<String> kept = next.paths().stream().filter(p -> !staged.contains(p)).toList();
        java.util.concurrent.atomic.AtomicBoolean links = new java.util.concurrent.atomic.AtomicBoolean(true);
        onEveryCore(kept, path -> link(path, links));
    }

    private void link(String path, java.util.concurrent.atomic.AtomicBoolean links) throws IOException {
        Path staged = stagingFile(path);
        beforeStep.accept("link " + path);
        createParent(staged);
        boolean[] ok = {links.get()};
        linkOrCopy(target.resolve(path), staged, ok);
        if (!ok[0]) {
            links.set(false);
        }
    }

    /** Links {@code to} to the file {@code from}, or copies it where there are no hard links ({@code links[0]} then false). */
    private static void linkOrCopy(Path from, Path to, boolean[] links) throws IOException {
        if (links[0]) {
            try {
                Files.createLink(to, from);
                return;
            } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
                if (Files.exists(to, LinkOption.NOFOLLOW_LINKS)) {
                    throw e;
                }
                links[0] = false; // no hard links here (a FAT disk, some network shares): copy
            }
        }
        Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
    }

    /**
     * Deletes the old column folder {@code root}: the files its manifest names on every core, without
     * looking them up, then whatever is left (folders, files put there by hand).
     */
    private static void deleteColumn(Path root, Manifest manifest) throws IOException {
        onEveryCore(List.copyOf(manifest.paths()), path -> Files.deleteIfExists(root.resolve(path)));
        deleteTree(root);
    }

    private interface PathStep {
        void accept(String path) throws IOException;
    }

    /** {@code step} for each of {@code paths} on every core; the first I/O failure is thrown as it was. */
    private static void onEveryCore(List<String> paths, PathStep step) throws IOException {
        try {
            Parallel.forEach(paths.size(), i -> {
                try {
                    step.accept(paths.get(i));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
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
