package org.policygraph.io;

import java.io.IOException;
import java.io.Writer;

/** RFC 4180 rows: CRLF line ends; a field with a comma, quote or line break is quoted, quotes doubled. */
final class CsvWriter {
    private final Writer w;

    CsvWriter(Writer w) {
        this.w = w;
    }

    void row(String... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) w.write(',');
            field(fields[i]);
        }
        w.write("\r\n");
    }

    void blankLine() throws IOException {
        w.write("\r\n");
    }

    private void field(String s) throws IOException {
        if (s == null) return;
        boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
        if (!quote) {
            w.write(s);
            return;
        }
        w.write('"');
        w.write(s.replace("\"", "\"\""));
        w.write('"');
    }

    void flush() throws IOException {
        w.flush();
    }
}
