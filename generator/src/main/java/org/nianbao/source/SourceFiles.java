package org.nianbao.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.nianbao.diagnostic.Diagnostic;
import org.nianbao.diagnostic.Diagnostics;

/**
 * The one way a check or a build reads the source folder. Every file is read once, and what is
 * parsed, copied and hashed into the build's keys are the same bytes: an edit made while a build runs
 * is either in all of them or in none, so the next build sees it. Symbolic links are refused,
 * wherever they are on a file's path: a link could bring a file from outside the source folder into
 * the published column.
 */
public final class SourceFiles {
    /** The message for a refused link; the diagnostic names the link's path. */
    public static final String LINK = "不能是符号链接：链接可能把源文件夹以外的文件带进发布的栏目，请改为复制文件";

    /** Thrown for a file that is not read: a link, or too large. */
    public static final class Refused extends IOException {
        private final boolean link;

        Refused(String message, boolean link) {
            super(message);
            this.link = link;
        }

        /** Whether the file is refused as a link: then {@link #refused()} reports it, at the link's path. */
        public boolean link() {
            return link;
        }
    }

    private final Path root;
    private final Consumer<String> afterRead;
    private final Map<String, String> hashes = new ConcurrentHashMap<>();
    /** Each read file's {@link FileStamp}, taken before its bytes were read (a later change changes the stamp). */
    private final Map<String, String> stamps = new ConcurrentHashMap<>();
    private final Set<String> links = new ConcurrentSkipListSet<>();
    /** Folders already found not to be links: a province's reports share a few hundred. */
    private final Set<Path> plainFolders = ConcurrentHashMap.newKeySet();

    public SourceFiles(Path root) {
        this(root, path -> {
        });
    }

    /** @param afterRead told each file's path once its bytes are read (tests edit the sources there) */
    public SourceFiles(Path root, Consumer<String> afterRead) {
        this.root = root;
        this.afterRead = afterRead;
    }

    public Path root() {
        return root;
    }

    /** Whether {@code relative} names a file, folder or link. */
    public boolean exists(String relative) {
        return Files.exists(root.resolve(relative), LinkOption.NOFOLLOW_LINKS);
    }

    /** Whether {@code relative} is a folder (and no link, nor inside one: those are recorded as refused). */
    public boolean isFolder(String relative) {
        return exists(relative) && !refusedLink(relative) && Files.isDirectory(root.resolve(relative), LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * Whether {@code relative} or a folder on its way is a symbolic link; the first such is recorded
     * among {@link #refused()}.
     */
    public boolean refusedLink(String relative) {
        Path path = root;
        for (Path part : Path.of(relative)) {
            path = path.resolve(part);
            if (plainFolders.contains(path)) {
                continue;
            }
            if (Files.isSymbolicLink(path)) {
                links.add(root.relativize(path).toString().replace('\\', '/'));
                return true;
            }
            if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                plainFolders.add(path);
            }
        }
        return false;
    }

    /**
     * The bytes of the file {@code relative} (a path with {@code /}), remembering their SHA-256.
     *
     * @throws Refused when it is a link or on a link's way (recorded among {@link #refused()}), or larger than {@code maxBytes}
     */
    public byte[] read(String relative, long maxBytes) throws IOException {
        if (refusedLink(relative)) {
            throw new Refused(LINK, true);
        }
        byte[] bytes;
        String stamp = FileStamp.of(root.resolve(relative));
        // NOFOLLOW_LINKS: a link put in the file's place after the check above is refused by open
        try (SeekableByteChannel channel = Files.newByteChannel(root.resolve(relative), Set.of(StandardOpenOption.READ,
                LinkOption.NOFOLLOW_LINKS))) {
            long size = channel.size();
            if (size > maxBytes) {
                throw new Refused("文件大小 " + size + " 字节，超过上限 " + maxBytes + " 字节", false);
            }
            ByteBuffer buffer = ByteBuffer.allocate((int) size);
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // a file that shrank while read ends early; one that grew is cut at its size when opened
            }
            bytes = buffer.position() == size ? buffer.array() : java.util.Arrays.copyOf(buffer.array(), buffer.position());
        } catch (IOException e) {
            if (Files.isSymbolicLink(root.resolve(relative))) {
                links.add(relative);
                throw new Refused(LINK, true);
            }
            throw e;
        }
        hashes.put(relative, Sha256.of(bytes));
        if (stamp == null) {
            stamps.remove(relative);
        } else {
            stamps.put(relative, stamp);
        }
        afterRead.accept(relative);
        return bytes;
    }

    /**
     * The files under the folder {@code relative}, sorted, as paths from the source folder; links
     * among them are left out and recorded among {@link #refused()}. Empty when there is no such folder.
     */
    public List<String> files(String relative) {
        if (!isFolder(relative)) {
            return List.of();
        }
        List<String> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root.resolve(relative))) {
            for (Path p : s.sorted().toList()) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (Files.isSymbolicLink(p)) {
                    links.add(rel);
                } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    files.add(rel);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The SHA-256 of every file read so far, by path, of the files under {@code folder} or named {@code folder}. */
    public SortedMap<String, String> hashes(String folder) {
        SortedMap<String, String> found = new TreeMap<>();
        hashes.forEach((path, hash) -> {
            if (path.equals(folder) || path.startsWith(folder + "/")) {
                found.put(path, hash);
            }
        });
        return found;
    }

    /** The SHA-256 of the bytes of {@code relative} as last read, or {@code null} when it was not read. */
    public String hash(String relative) {
        return hashes.get(relative);
    }

    /** The {@link FileStamp} of each file read so far that had one, by path. */
    public Map<String, String> stamps() {
        return new TreeMap<>(stamps);
    }

    /** The SHA-256 of every file read so far, by path. */
    public SortedMap<String, String> hashes() {
        return new TreeMap<>(hashes);
    }

    /** One error per link met so far, at the link's path, in path order. */
    public List<Diagnostic> refused() {
        List<Diagnostic> found = new ArrayList<>();
        for (String link : links) {
            Diagnostics d = new Diagnostics(link);
            d.error(0, 0, "", LINK);
            found.addAll(d.list());
        }
        found.sort(Diagnostic.ORDER);
        return found;
    }
}
