package org.policygraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds trigger words by stem in a lower-case sentence: each word (or two-word phrase) that starts with one of
 * the stems, as [start, end) of the whole word. A plain scan; far cheaper than a large regex alternation.
 */
final class Triggers {
    private Triggers() {
    }

    static List<int[]> find(String lower, String[] stems) {
        List<int[]> out = new ArrayList<>();
        int n = lower.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetter(lower.charAt(i))) i++;
            if (i >= n) break;
            int wordEnd = i;
            while (wordEnd < n && Character.isLetter(lower.charAt(wordEnd))) wordEnd++;
            char first = lower.charAt(i);
            for (String stem : stems) {
                if (stem.charAt(0) == first && lower.startsWith(stem, i)) {
                    int end = i + stem.length();
                    while (end < n && Character.isLetter(lower.charAt(end))) end++;
                    out.add(new int[] {i, end});
                    break;
                }
            }
            i = wordEnd;
        }
        return out;
    }
}
