package org.policygraph.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds trigger words by stem in a lower-case sentence: each word (or two-word phrase) that starts with one of
 * the stems, as [start, end) of the whole word. Several families of stems (the words of each relation pattern)
 * are found in one pass over the sentence; within a family the first stem that fits a word wins. A plain scan,
 * far cheaper than a large regex alternation, and cheaper again than one scan per family.
 */
final class Triggers {
    private static final int TABLE = 128;
    /** Stems by first character (ASCII), ordered by family and then as given; other first characters share a list. */
    private final String[][] byFirst = new String[TABLE][];
    private final int[][] familyByFirst = new int[TABLE][];
    private final String[] other;
    private final int[] otherFamily;
    private final int families;

    Triggers(String[]... families) {
        if (families.length > 31) throw new IllegalArgumentException("at most 31 families");
        this.families = families.length;
        List<List<String>> stems = new ArrayList<>(TABLE + 1);
        List<List<Integer>> owners = new ArrayList<>(TABLE + 1);
        for (int c = 0; c <= TABLE; c++) {
            stems.add(new ArrayList<>());
            owners.add(new ArrayList<>());
        }
        for (int f = 0; f < families.length; f++) {
            for (String stem : families[f]) {
                int c = Math.min(stem.charAt(0), TABLE);
                stems.get(c).add(stem);
                owners.get(c).add(f);
            }
        }
        for (int c = 0; c < TABLE; c++) {
            if (stems.get(c).isEmpty()) continue;
            byFirst[c] = stems.get(c).toArray(new String[0]);
            familyByFirst[c] = owners.get(c).stream().mapToInt(Integer::intValue).toArray();
        }
        other = stems.get(TABLE).toArray(new String[0]);
        otherFamily = owners.get(TABLE).stream().mapToInt(Integer::intValue).toArray();
    }

    /** Every family's triggers in one sentence. */
    Hits scan(String lower) {
        int[] hits = new int[12];
        int count = 0;
        int mask = 0;
        int n = lower.length();
        int i = 0;
        while (i < n) {
            while (i < n && !isLetter(lower.charAt(i))) i++;
            if (i >= n) break;
            int wordEnd = wordEnd(lower, i, n);
            char first = lower.charAt(i);
            String[] candidates = first < TABLE ? byFirst[first] : other;
            if (candidates != null) {
                int[] owner = first < TABLE ? familyByFirst[first] : otherFamily;
                int matched = 0; // families that already have their trigger at this word
                for (int k = 0; k < candidates.length; k++) {
                    int bit = 1 << owner[k];
                    if ((matched & bit) != 0 || !lower.startsWith(candidates[k], i)) continue;
                    matched |= bit;
                    if (count + 3 > hits.length) hits = Arrays.copyOf(hits, hits.length * 2);
                    hits[count++] = owner[k];
                    hits[count++] = i;
                    hits[count++] = wordEnd(lower, i + candidates[k].length(), n);
                }
                mask |= matched;
            }
            i = wordEnd;
        }
        return new Hits(mask, hits, count);
    }

    int families() {
        return families;
    }

    /** The triggers found in one sentence, by family. */
    static final class Hits {
        private final int mask;
        private final int[] hits; // (family, start, end) triples in text order
        private final int count;

        private Hits(int mask, int[] hits, int count) {
            this.mask = mask;
            this.hits = hits;
            this.count = count;
        }

        boolean any(int family) {
            return (mask & (1 << family)) != 0;
        }

        /** The family's triggers as [start, end), in text order. */
        List<int[]> find(int family) {
            if (!any(family)) return List.of();
            List<int[]> out = new ArrayList<>(4);
            for (int k = 0; k < count; k += 3) {
                if (hits[k] == family) out.add(new int[] {hits[k + 1], hits[k + 2]});
            }
            return out;
        }
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
