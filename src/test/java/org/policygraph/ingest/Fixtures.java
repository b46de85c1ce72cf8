package org.policygraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Test fixtures under src/test/resources/ingest, copied to a temp folder when a test needs a real file. */
final class Fixtures {
    private Fixtures() {
    }

    static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/ingest/" + name)) {
            if (in == null) throw new IllegalStateException("missing fixture " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path copy(String name, Path dir) throws IOException {
        return Files.writeString(dir.resolve(name), text(name));
    }

    /** The text as UTF-8 bytes behind a UTF-8 byte-order mark, as Windows Notepad writes it. */
    static byte[] utf8WithBom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] b = new byte[body.length + 3];
        b[0] = (byte) 0xEF;
        b[1] = (byte) 0xBB;
        b[2] = (byte) 0xBF;
        System.arraycopy(body, 0, b, 3, body.length);
        return b;
    }

    /** The reference article, one paragraph per line (the first is its headline). */
    static List<String> articleParagraphs() {
        return text("article-paragraphs.txt").lines().filter(l -> !l.isBlank()).toList();
    }
}
