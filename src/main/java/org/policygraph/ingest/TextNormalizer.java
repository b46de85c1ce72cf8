package org.policygraph.ingest;

/**
 * Uniform whitespace so every format yields comparable text: \n newlines, ordinary spaces for the many Unicode
 * spaces, no zero-width or soft-hyphen characters, no stray control characters. Curly quotes and dashes are kept:
 * they are real text and the extractor handles them. Written as plain loops: this runs over every byte ingested.
 */
public final class TextNormalizer {
    private TextNormalizer() {
    }

    /** Newlines to \n, odd spaces to ' ', invisible and control characters removed; line structure kept. */
    public static String normalize(String s) {
        StringBuilder b = null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            int kind = kind(c);
            if (kind == KEEP) {
                if (b != null) b.append(c);
                continue;
            }
            if (b == null) {
                b = new StringBuilder(n);
                b.append(s, 0, i);
            }
            if (kind == NEWLINE) {
                b.append('\n');
                if (c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') i++;
            } else if (kind == SPACE) {
                b.append(' ');
            }
        }
        return b == null ? s : b.toString();
    }

    private static final int KEEP = 0;
    private static final int NEWLINE = 1;
    private static final int SPACE = 2;
    private static final int DROP = 3;

    private static int kind(char c) {
        if (c >= 0x20 && c < 0x7F) return KEEP;
        if (c == '\n') return KEEP;
        if (c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\f' || c == '\u000B') return NEWLINE;
        if (c == '\t' || c == '\u00A0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F'
                || c == '\u205F' || c == '\u3000') {
            return SPACE;
        }
        if ((c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF' || c == '\u00AD') return DROP;
        if (c < 0x20 || c == 0x7F) return DROP;
        return KEEP;
    }

    /** One line tidied: single spaces, no spaces at either end. */
    public static String tidyLine(String line) {
        int n = line.length();
        int start = 0;
        while (start < n && line.charAt(start) <= ' ') start++;
        int end = n;
        while (end > start && line.charAt(end - 1) <= ' ') end--;
        if (line.indexOf("  ", start) < 0 && start == 0 && end == n) return line;
        StringBuilder b = new StringBuilder(end - start);
        boolean space = false;
        for (int i = start; i < end; i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                if (!space) b.append(c);
                space = true;
            } else {
                b.append(c);
                space = false;
            }
        }
        return b.toString();
    }
}
