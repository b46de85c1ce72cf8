package org.policygraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits text into word tokens (letters and digits) and single punctuation tokens, keeping offsets. */
public final class Tokenizer {
    private Tokenizer() {
    }

    public static List<Token> tokens(String text, int from, int to) {
        char[] part = new char[to - from];
        text.getChars(from, to, part, 0);
        return tokens(part, from, from, to);
    }

    /** Same, reading from the text's characters already copied into an array (once per document). */
    public static List<Token> tokens(String text, char[] cs, int from, int to) {
        return tokens(cs, 0, from, to);
    }

    /** @param base the text offset of {@code cs[0]} */
    private static List<Token> tokens(char[] all, int base, int from, int to) {
        List<Token> out = new ArrayList<>(Math.max(8, (to - from) / 5));
        Word[] pool = null;
        int i = from;
        while (i < to) {
            char c = all[i - base];
            int kc = kind(c);
            if (kc == SPACE || (kc == 0 && c >= 128 && Character.isWhitespace(c))) {
                i++;
            } else if ((kc & WORD) != 0) {
                int j = i + 1;
                int kinds = kc;
                int hash = c;
                while (j < to) {
                    char d = all[j - base];
                    int k = kind(d);
                    if ((k & WORD) == 0) break;
                    hash = 31 * hash + d;
                    kinds |= k;
                    j++;
                }
                boolean upper = (kinds & NOT_LOWER) != 0;
                boolean allCaps = (kinds & LETTER) != 0 && (kinds & LOWER) == 0;
                if (pool == null) pool = POOL.get();
                int slot = (hash ^ (hash >>> 15)) & (POOL_WORDS - 1);
                Word w = pool[slot];
                if (w == null || !sameChars(w.text, all, i - base, j - i)) {
                    String t = new String(all, i - base, j - i);
                    w = new Word(t, upper ? t.toLowerCase(Locale.ROOT) : t);
                    pool[slot] = w;
                }
                out.add(new Token(i, j, w.text, w.norm, true, Character.isUpperCase(c), allCaps, w));
                i = j;
            } else {
                String t = c < 128 ? ASCII[c] : String.valueOf(c);
                out.add(new Token(i, i + 1, t, t, false, false, false, null));
                i++;
            }
        }
        return out;
    }

    /**
     * Recently seen words and their lower-case forms, per thread, by hash (a newer word overwrites an older one in
     * its slot). Text repeats its words, so most tokens reuse a string made earlier, with its hash already
     * computed for the lexicon and gazetteer lookups that follow: fewer allocations and less hashing.
     */
    private static final int POOL_WORDS = 1 << 14;
    private static final ThreadLocal<Word[]> POOL = ThreadLocal.withInitial(() -> new Word[POOL_WORDS]);

    private static boolean sameChars(String s, char[] cs, int from, int len) {
        if (s.length() != len) return false;
        for (int k = 0; k < len; k++) if (s.charAt(k) != cs[from + k]) return false;
        return true;
    }

    /** Punctuation tokens are one character: share the strings instead of making one per token. */
    private static final String[] ASCII = new String[128];

    static {
        for (int c = 0; c < 128; c++) ASCII[c] = String.valueOf((char) c);
    }

    // what a word's characters are, or-ed together while it is read
    private static final int WORD = 1;
    private static final int LETTER = 2;
    private static final int LOWER = 4;
    /** Upper-case, or a non-ASCII character that is not lower case: the word may change in lower case. */
    private static final int NOT_LOWER = 8;
    private static final int[] ASCII_KIND = new int[128];

    static {
        for (char c = 0; c < 128; c++) ASCII_KIND[c] = kindOf(c);
    }

    private static int kind(char c) {
        return c < 128 ? ASCII_KIND[c] : kindOf(c);
    }

    /** ASCII whitespace (a kind of its own: no word bits). */
    private static final int SPACE = 16;

    private static int kindOf(char c) {
        if (c < 128 && Character.isWhitespace(c)) return SPACE;
        if (!Character.isLetterOrDigit(c)) return 0;
        int k = WORD;
        if (Character.isLetter(c)) k |= LETTER;
        if (Character.isLowerCase(c)) k |= LOWER;
        else if (c >= 128 || (c >= 'A' && c <= 'Z')) k |= NOT_LOWER;
        return k;
    }

    /** Matching key of a name: its word tokens, lower case, joined by single spaces (punctuation dropped). */
    public static String key(String name) {
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens(name, 0, name.length())) {
            if (!t.isWord()) {
                if (t.text().equals("&")) {
                    if (sb.length() > 0) sb.append(' ');
                    sb.append("and");
                }
                continue;
            }
            if (sb.length() > 0) sb.append(' ');
            sb.append(t.norm());
        }
        return sb.toString();
    }
}
