package org.policygraph.extract;

/**
 * The character classes of {@code java.util.regex} as our hand-written scans need them, so a scan that replaces
 * a pattern agrees with it character for character (see FastScansTest).
 */
final class RegexChars {
    private RegexChars() {
    }

    /** {@code \s} without UNICODE_CHARACTER_CLASS: space, tab, newline, vertical tab, form feed, carriage return. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** A word character as {@code \b} sees it: a letter or digit (any script) or '_'. */
    static boolean isWordChar(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }
}
