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
    /** Every family's stems; a node where a stem ends lists (family, order in family) in its {@code ends}. */
    private final AsciiTrie trie = new AsciiTrie();
    private final int families;

    Triggers(String[]... families) {
        if (families.length > 31) throw new IllegalArgumentException("at most 31 families");
        this.families = families.length;
        for (int f = 0; f < families.length; f++) {
            for (int order = 0; order < families[f].length; order++) {
                AsciiTrie.Node n = trie.add(families[f][order]);
                n.ends = Arrays.copyOf(n.ends, n.ends.length + 2);
                n.ends[n.ends.length - 2] = f;
                n.ends[n.ends.length - 1] = order;
            }
        }
    }

    /**
     * Every family's triggers in one sentence. Words are the sentence's word tokens (a trigger starts where a
     * token does); a stem may run on past its token ("took down"), and the trigger ends where the letters end.
     *
     * @param lower the sentence in lower case
     * @param toks the sentence's tokens
     * @param base the document offset of the sentence's first character
     */
    Hits scan(String lower, List<Token> toks, int base) {
        int[] hits = null;
        int count = 0;
        int mask = 0;
        int[] bestOrder = null;
        int[] bestLength = null;
        int n = lower.length();
        for (int t = 0; t < toks.size(); t++) {
            Token tok = toks.get(t);
            if (!tok.isWord()) continue;
            int i = tok.start() - base;
            if (i + 1 >= n) continue;
            char c0 = lower.charAt(i), c1 = lower.charAt(i + 1);
            if (!isLetter(c0) || !trie.mayStart(c0, c1)) continue;
            if (bestOrder == null) {
                bestOrder = new int[families];
                bestLength = new int[families];
                hits = new int[12];
            }
            // follow the trie from this word's first letter; every stem ending on the way fits the text here
            int matched = 0;
            AsciiTrie.Node node = trie.root;
            for (int p = i; p < n; p++) {
                char c = lower.charAt(p);
                node = c < 128 ? node.kids[c] : null;
                if (node == null) break;
                int[] ends = node.ends;
                for (int k = 0; k < ends.length; k += 2) {
                    int f = ends[k], bit = 1 << f;
                    // within a family the stem listed first wins, as if each family were scanned on its own
                    if ((matched & bit) == 0 || ends[k + 1] < bestOrder[f]) {
                        matched |= bit;
                        bestOrder[f] = ends[k + 1];
                        bestLength[f] = p + 1 - i;
                    }
                }
            }
            if (matched == 0) continue;
            for (int f = 0; f < families; f++) {
                if ((matched & (1 << f)) == 0) continue;
                if (count + 3 > hits.length) hits = Arrays.copyOf(hits, hits.length * 2);
                hits[count++] = f;
                hits[count++] = i;
                hits[count++] = wordEnd(lower, i + bestLength[f], n);
            }
            mask |= matched;
        }
        return new Hits(mask, hits, count);
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

    private static final boolean[] ASCII_LETTER = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) ASCII_LETTER[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isLetter(char c) {
        return c < 128 ? ASCII_LETTER[c] : Character.isLetter(c);
    }
}
