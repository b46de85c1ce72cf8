package org.policygraph.extract;

/**
 * A character trie over lower-case ASCII words of two characters or more, with a bitmap of the words' first two
 * characters: most positions of a sentence start no word, and the bitmap passes them over without a walk. Shared
 * by {@link WordSets} (substrings anywhere) and {@link Triggers} (stems at word starts); each keeps its own
 * payload in the nodes.
 */
final class AsciiTrie {
    static final class Node {
        /** Children by character (ASCII only: nothing else is in a word). */
        final Node[] kids = new Node[128];
        /** {@link WordSets}: the lists with a word ending here. */
        int mask;
        /** {@link Triggers}: (family, order in family) pairs of the stems ending here. */
        int[] ends = new int[0];
    }

    final Node root = new Node();
    private final long[] firstTwo = new long[128 * 128 / 64];

    /** Adds a word and returns the node where it ends. */
    Node add(String word) {
        if (word.length() < 2) throw new IllegalArgumentException("words have two characters or more: '" + word + "'");
        Node n = root;
        for (char c : word.toCharArray()) {
            if (c >= 128) throw new IllegalArgumentException("words are ASCII: " + word);
            if (n.kids[c] == null) n.kids[c] = new Node();
            n = n.kids[c];
        }
        int two = word.charAt(0) * 128 + word.charAt(1);
        firstTwo[two >>> 6] |= 1L << (two & 63);
        return n;
    }

    /** Whether some word starts with these two characters. */
    boolean mayStart(char c0, char c1) {
        if (c0 >= 128 || c1 >= 128) return false;
        int two = c0 * 128 + c1;
        return (firstTwo[two >>> 6] & (1L << (two & 63))) != 0;
    }
}
