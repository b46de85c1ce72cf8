package org.policygraph.extract;

/**
 * Several lists of words or phrases, each asked "does the sentence contain any of these (anywhere, as plain
 * substrings)?". One pass over the sentence answers every list at once, where a {@code contains} per word would
 * read the sentence once for each of a hundred words. The answer is a bit mask: bit {@code i} for list {@code i}.
 */
final class WordSets {
    private final AsciiTrie trie = new AsciiTrie();

    /** @param lists lower-case ASCII words of two characters or more */
    WordSets(String[]... lists) {
        if (lists.length > 31) throw new IllegalArgumentException("at most 31 lists");
        for (int l = 0; l < lists.length; l++) {
            for (String w : lists[l]) trie.add(w).mask |= 1 << l;
        }
    }

    /** Which lists have a word somewhere in {@code text}. */
    int scan(String text) {
        int mask = 0;
        int n = text.length();
        for (int i = 0; i + 1 < n; i++) {
            char c0 = text.charAt(i);
            if (!trie.mayStart(c0, text.charAt(i + 1))) continue;
            AsciiTrie.Node node = trie.root.kids[c0];
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
