package org.clipfile.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text, or says why it cannot: a binary file, or bytes that are not in
 * the encoding. Decoding is strict — a wrong guess is refused, never stored as mojibake. Imports
 * use {@link EncodingDetector}, which also reads legacy encodings and says when it is unsure.
 */
public final class TextDecoder {
    private TextDecoder() {
    }

    /** Why bytes could not be read as text; the message is for the analyst. */
    public static final class UndecodableException extends Exception {
        private static final long serialVersionUID = 1L;

        public UndecodableException(String message) {
            super(message);
        }
    }

    /** Decodes with a byte-order mark if there is one, else as strict UTF-8. */
    public static String decode(byte[] bytes) throws UndecodableException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE);
        }
        if (looksBinary(bytes)) {
            throw new UndecodableException("a binary file, not text");
        }
        return strict(bytes, 0, StandardCharsets.UTF_8);
    }

    /** Decodes in the given encoding (the analyst's choice), still refusing bytes that don't fit it. */
    public static String decode(byte[] bytes, Charset charset) throws UndecodableException {
        int skip = charset.equals(StandardCharsets.UTF_8) && startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        return strict(bytes, skip, charset);
    }

    /** NUL bytes, or many control characters, in the first 8 KiB: no text file of ours has them. */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
                control++;
            }
        }
        return n > 0 && control * 10 > n;
    }

    private static String strict(byte[] bytes, int offset, Charset charset) throws UndecodableException {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new UndecodableException("not valid " + charset.name() + " text");
        }
    }

    static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
