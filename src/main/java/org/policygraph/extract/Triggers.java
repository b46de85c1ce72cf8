package org.policygraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds trigger words by stem in a lower-case sentence: each word (or two-word phrase) that starts with one of
 * the stems, as [start, end) of the whole word. A plain scan; far cheaper than a large regex alternation. The
 * stems are grouped by their first letter once, so each word is compared only with the stems that can match it.
 */
final class Triggers {
    private static final int TABLE = 128;
    /** Stems by first character (ASCII); {@code other} holds stems that start with anything else. */
    private final String[][] byFirst = new String[TABLE][];
    private final String[] other;

    Triggers(String... stems) {
        List<List<String>> groups = new ArrayList<>(TABLE);
        for (int c = 0; c < TABLE; c++) groups.add(null);
        List<String> rest = new ArrayList<>();
        for (String stem : stems) {
            char first = stem.charAt(0);
            if (first < TABLE) {
                if (groups.get(first) == null) groups.set(first, new ArrayList<>());
                groups.get(first).add(stem);
            } else {
                rest.add(stem);
            }
        }
        for (int c = 0; c < TABLE; c++) if (groups.get(c) != null) byFirst[c] = groups.get(c).toArray(new String[0]);
        other = rest.toArray(new String[0]);
    }

    static List<int[]> find(String lower, String[] stems) {
        return new Triggers(stems).find(lower);
    }

    /** Every trigger in the sentence, in text order. */
    List<int[]> find(String lower) {
        List<int[]> out = null;
        int n = lower.length();
        int i = 0;
        while (i < n) {
            i = nextWord(lower, i, n);
            if (i >= n) break;
            int wordEnd = wordEnd(lower, i, n);
            int end = matchAt(lower, i, n);
            if (end >= 0) {
                if (out == null) out = new ArrayList<>(4);
                out.add(new int[] {i, end});
            }
            i = wordEnd;
        }
        return out == null ? List.of() : out;
    }

    /** Whether {@link #find} would find anything. */
    boolean any(String lower) {
        int n = lower.length();
        int i = 0;
        while (i < n) {
            i = nextWord(lower, i, n);
            if (i >= n) return false;
            if (matchAt(lower, i, n) >= 0) return true;
            i = wordEnd(lower, i, n);
        }
        return false;
    }

    /** The end of the word a stem starts at {@code i}, or -1. */
    private int matchAt(String lower, int i, int n) {
        char first = lower.charAt(i);
        String[] candidates = first < TABLE ? byFirst[first] : other;
        if (candidates == null) return -1;
        for (String stem : candidates) {
            if (lower.startsWith(stem, i)) return wordEnd(lower, i + stem.length(), n);
        }
        return -1;
    }

    private static int nextWord(String s, int i, int n) {
        while (i < n && !isLetter(s.charAt(i))) i++;
        return i;
    }

    private static int wordEnd(String s, int i, int n) {
        while (i < n && isLetter(s.charAt(i))) i++;
        return i;
    }

    private static boolean isLetter(char c) {
        if (c < 128) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        return Character.isLetter(c);
    }
}
