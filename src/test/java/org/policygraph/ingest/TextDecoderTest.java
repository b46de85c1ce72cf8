package org.policygraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class TextDecoderTest {
    @Test
    void utf8IsDecodedAsUtf8() {
        byte[] b = "Café “quoted” – Bogotá".getBytes(StandardCharsets.UTF_8);
        assertEquals("Café “quoted” – Bogotá", TextDecoder.decode(b));
    }

    @Test
    void utf8ByteOrderMarkIsDropped() {
        assertEquals("Europol", TextDecoder.decode(Fixtures.utf8WithBom("Europol")));
    }

    @Test
    void utf16WithByteOrderMarkIsDecoded() {
        byte[] le = "\uFEFFInterpol in Lyon".getBytes(StandardCharsets.UTF_16LE);
        byte[] be = "\uFEFFInterpol in Lyon".getBytes(StandardCharsets.UTF_16BE);
        assertEquals("Interpol in Lyon", TextDecoder.decode(le));
        assertEquals("Interpol in Lyon", TextDecoder.decode(be));
    }

    @Test
    void invalidUtf8FallsBackToWindows1252() {
        byte[] b = {'C', 'a', 'f', (byte) 0xE9, ' ', (byte) 0x93, 'o', 'k', (byte) 0x94};
        assertEquals("Café “ok”", TextDecoder.decode(b));
    }

    @Test
    void declaredLatin1IsReadAsWindows1252() {
        byte[] b = {'f', 'r', 'a', 'n', (byte) 0xE7, 'a', 'i', 's', ' ', (byte) 0x92};
        assertEquals("français ’", TextDecoder.decode(b, "ISO-8859-1"));
        assertEquals("français ’", TextDecoder.decode(b, "no-such-charset"));
    }

    @Test
    void binaryAndEmptyAreRefused() {
        IngestException bin = assertThrows(IngestException.class, () -> TextSanity.requireText("PK\u0003\u0004\u0000x"));
        assertEquals("not a text document (binary data)", bin.getMessage());
        IngestException empty = assertThrows(IngestException.class, () -> TextSanity.requireText(" \n\t\n"));
        assertEquals("empty file", empty.getMessage());
    }

    @Test
    void aFewControlCharactersDoNotMakeTextBinary() {
        String text = "The Coast Guard patrols the Caribbean near Puerto Rico and the Virgin Islands every week.\u0007 ".repeat(20);
        assertFalse(TextSanity.isBinary(text));
        assertTrue(TextSanity.isBinary("\u0001\u0002\u0003 ab \u0004\u0005\u0006 cd \u0007\u0008"));
    }

    @Test
    void normalizerUnifiesNewlinesAndInvisibleSpaces() {
        assertEquals("a b\nc\nd\ne", TextNormalizer.normalize("a\u00A0b\r\nc\rd\u200B\ne\u00AD"));
        assertEquals("keeps “curly” quotes", TextNormalizer.normalize("keeps “curly” quotes"));
    }
}
