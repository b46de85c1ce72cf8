package org.policygraph.extract;

/**
 * Several lists of words or phrases, each asked "does the sentence contain any of these (anywhere, as plain
 * substrings)?". One pass over the sentence answers every list at once, where a {@code contains} per word would
 * read the sentence once for each of a hundred words. The answer is a bit mask: bit {@code i} for list {@code i}.
 */
final class WordSets {
    private static final class Node {
        final Node[] kids = new Node[128];
        int mask; // the lists with a word ending here
    }

    private final Node root = new Node();
    /** First two characters of every word, as bits: most positions start nothing and are passed over. */
    private final long[] firstTwo = new long[128 * 128 / 64];

    /** @param lists lower-case ASCII words of two characters or more */
    WordSets(String[]... lists) {
        if (lists.length > 31) throw new IllegalArgumentException("at most 31 lists");
        for (int l = 0; l < lists.length; l++) {
            for (String w : lists[l]) {
                if (w.length() < 2) throw new IllegalArgumentException("words have two characters or more: '" + w + "'");
                Node n = root;
                for (char c : w.toCharArray()) {
                    if (c >= 128) throw new IllegalArgumentException("words are ASCII: " + w);
                    if (n.kids[c] == null) n.kids[c] = new Node();
                    n = n.kids[c];
                }
                n.mask |= 1 << l;
                int two = w.charAt(0) * 128 + w.charAt(1);
                firstTwo[two >>> 6] |= 1L << (two & 63);
            }
        }
    }

    /** Which lists have a word somewhere in {@code text}. */
    int scan(String text) {
        int mask = 0;
        int n = text.length();
        for (int i = 0; i + 1 < n; i++) {
            char c0 = text.charAt(i), c1 = text.charAt(i + 1);
            if (c0 >= 128 || c1 >= 128) continue;
            int two = c0 * 128 + c1;
            if ((firstTwo[two >>> 6] & (1L << (two & 63))) == 0) continue;
            Node node = root.kids[c0];
            for (int p = i + 1; p < n; p++) {
                char c = text.charAt(p);
                if (c >= 128) break;
                node = node.kids[c];
                if (node == null) break;
                mask |= node.mask;
            }
        }
        return mask;
    }
}
