package org.policygraph.ingest;

import java.util.regex.Pattern;

/**
 * Uniform whitespace so every format yields comparable text: \n newlines, ordinary spaces for the many Unicode
 * spaces, no zero-width or soft-hyphen characters, no stray control characters. Curly quotes and dashes are kept:
 * they are real text and the extractor handles them.
 */
public final class TextNormalizer {
    private static final Pattern NEWLINES = Pattern.compile("\r\n?|[\u2028\u2029\u0085\f\u000B]");
    private static final Pattern SPACES = Pattern.compile("[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]");
    private static final Pattern INVISIBLE = Pattern.compile("[\u200B-\u200D\u2060\uFEFF\u00AD]");
    private static final Pattern CONTROL = Pattern.compile("[\u0000-\u0008\u000E-\u001F\u007F]");
    private static final Pattern RUNS_OF_SPACES = Pattern.compile(" {2,}");

    private TextNormalizer() {
    }

    /** Newlines to \n, odd spaces to ' ', invisible and control characters removed; line structure kept. */
    public static String normalize(String s) {
        s = NEWLINES.matcher(s).replaceAll("\n");
        s = SPACES.matcher(s).replaceAll(" ");
        s = INVISIBLE.matcher(s).replaceAll("");
        return CONTROL.matcher(s).replaceAll("");
    }

    /** One line tidied: single spaces, no spaces at either end. */
    public static String tidyLine(String line) {
        return RUNS_OF_SPACES.matcher(line).replaceAll(" ").strip();
    }
}
