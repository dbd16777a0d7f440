package org.nianbao.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.nianbao.diagnostic.Diagnostics;

/** Reads a source file as strict UTF-8, tolerating a BOM and CRLF line ends. */
public final class SourceText {
    /** The default size limit of a source file (Config.DEFAULT_MAX_FILE_BYTES): no real report is near it. */
    public static final long DEFAULT_MAX_BYTES = 1024 * 1024;

    private SourceText() {
    }

    /** The file's text with {@code \n} line ends, or {@code null} after reporting why it cannot be read. */
    public static String read(Path file, long maxBytes, Diagnostics d) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                d.error(0, 0, "", "文件大小 " + size + " 字节，超过上限 " + maxBytes + " 字节");
                return null;
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            d.error(0, 0, "", "无法读取文件：" + e.getMessage());
            return null;
        }
        return decode(bytes, d);
    }

    /**
     * As {@link #read(Path, long, Diagnostics)}, through {@code files}; a refused link is reported by
     * {@code files} (at the link's path), not to {@code d}.
     */
    public static String read(SourceFiles files, String relative, long maxBytes, Diagnostics d) {
        try {
            return decode(files.read(relative, maxBytes), d);
        } catch (SourceFiles.Refused e) {
            if (!e.link()) {
                d.error(0, 0, "", e.getMessage());
            }
            return null;
        } catch (IOException e) {
            d.error(0, 0, "", "无法读取文件：" + e.getMessage());
            return null;
        }
    }

    private static String decode(byte[] bytes, Diagnostics d) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            int bad = firstBadByte(bytes);
            int line = 1;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            d.error(line, 0, "", "文件不是 UTF-8 编码（第 " + (bad + 1) + " 字节无效），请用 UTF-8 保存");
            return null;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static int firstBadByte(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length;
    }
}
