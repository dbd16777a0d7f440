package org.nianbao.importer;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.nianbao.diagnostic.Diagnostics;

/**
 * A CSV's bytes as text. Excel saves “CSV UTF-8” with a byte order mark, and plain “CSV” on a Chinese
 * Windows in GBK, which GB18030 contains. Chinese text in GB18030 is practically never valid UTF-8,
 * so without a given encoding: UTF-8 when the bytes are valid UTF-8, else GB18030.
 */
final class CsvDecoding {
    static final Charset GB18030 = Charset.forName("GB18030");

    record Decoded(String text, Charset charset) {
    }

    private CsvDecoding() {
    }

    /** The text, or {@code null} after telling {@code d} why the bytes are not text in any encoding tried. */
    static Decoded decode(byte[] bytes, Charset given, Diagnostics d) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            d.error(1, 0, "", "文件是 UTF-16 编码（如 Excel 的“Unicode 文本”），请另存为“CSV UTF-8（逗号分隔）”");
            return null;
        }
        if (given != null) {
            String text = strict(bytes, given);
            if (text == null) {
                int bad = firstBadByte(bytes, given);
                d.error(lineOf(bytes, bad), 0, "", "文件不是 " + given.name() + " 编码（第 " + (bad + 1)
                        + " 字节无效）；不指定编码时会自动识别 UTF-8 和 GB18030");
                return null;
            }
            return new Decoded(withoutBom(text), given);
        }
        String text = strict(bytes, StandardCharsets.UTF_8);
        if (text != null) {
            return new Decoded(withoutBom(text), StandardCharsets.UTF_8);
        }
        text = strict(bytes, GB18030);
        if (text != null) {
            return new Decoded(withoutBom(text), GB18030);
        }
        int bad = firstBadByte(bytes, StandardCharsets.UTF_8);
        d.error(lineOf(bytes, bad), 0, "", "文件既不是 UTF-8 也不是 GB18030 编码（按 UTF-8 读取时第 " + (bad + 1)
                + " 字节无效），请在 Excel 中另存为“CSV UTF-8（逗号分隔）”");
        return null;
    }

    private static String withoutBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static String strict(byte[] bytes, Charset charset) {
        try {
            return decoder(charset).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static int firstBadByte(byte[] bytes, Charset charset) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder(charset).decode(in, out, true);
        return result.isError() ? in.position() : bytes.length;
    }

    private static int lineOf(byte[] bytes, int index) {
        int line = 1;
        for (int i = 0; i < index && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
