package org.policygraph.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text when the file does not say its encoding: a byte-order mark wins (UTF-8, UTF-16), else the bytes
 * are decoded as strict UTF-8, else as Windows-1252, a superset of Latin-1 that also covers the curly quotes and
 * dashes that Windows editors write. Every byte sequence decodes to something; garbage is caught later.
 */
public final class TextDecoder {
    /** Windows-1252 is not guaranteed by the JDK spec but ships with every JDK we support. */
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    public static String decode(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return new String(b, WINDOWS_1252);
        }
    }

    /** Decodes with a charset the file declared; falls back to detection when the name is unknown. */
    public static String decode(byte[] b, String declaredCharset) {
        if (declaredCharset == null) return decode(b);
        try {
            Charset cs = Charset.forName(declaredCharset.trim());
            // a page labelled ISO-8859-1 is almost always really Windows-1252 (browsers treat it so, too)
            if (cs.equals(StandardCharsets.ISO_8859_1) || cs.equals(StandardCharsets.US_ASCII)) cs = WINDOWS_1252;
            if (cs.equals(StandardCharsets.UTF_8)) return decode(b);
            return new String(b, cs);
        } catch (IllegalArgumentException e) {
            return decode(b);
        }
    }
}
