package org.policygraph.extract;

import java.util.Set;

/**
 * Recognises the words between a unit and its parent that say "is part of": ", a component of the",
 * " which is a unit within", ", an entity that operates within". Word by word, no backtracking regex.
 */
final class PartOfPhrase {
    private static final Set<String> NOUNS = Set.of("part", "component", "subcomponent", "unit", "division", "arm", "branch",
            "office", "element", "subsidiary", "section", "bureau", "program", "programme", "initiative", "entity", "team",
            "directorate", "agency", "wing", "member", "subdivision", "subunit", "sub-unit", "department", "outfit", "squad", "cell",
            "task");
    private static final Set<String> VERBS = Set.of("operates", "operating", "sits", "sitting", "housed", "located", "nested",
            "embedded", "falls", "falling", "reports", "reporting", "belongs", "belonging", "works");
    private static final Set<String> PREPS = Set.of("of", "within", "under", "in", "inside", "at", "to");
    private static final Set<String> FILLER = Set.of("which", "that", "is", "are", "was", "were", "has", "been", "remains",
            "a", "an", "the", "one", "now", "also", "itself", "key", "small", "specialized", "specialised", "new",
            "dedicated", "separate", "independent", "major", "main", "federal", "national", "regional", "local", "joint");

    private PartOfPhrase() {
    }

    /** Word boundaries of the gap (words split at spaces and commas) as start/end pairs, no strings made; -1 if they do not fit. */
    private static int words(String gap, int[] bounds) {
        int count = 0, i = 0, n = gap.length();
        while (true) {
            while (i < n && (gap.charAt(i) == ' ' || gap.charAt(i) == ',')) i++;
            if (i >= n) return count;
            if (2 * count == bounds.length) return -1;
            int j = i;
            while (j < n && gap.charAt(j) != ' ' && gap.charAt(j) != ',') j++;
            bounds[2 * count] = i;
            bounds[2 * count + 1] = j;
            count++;
            i = j;
        }
    }

    private static boolean wordIs(String gap, int[] bounds, int k, String w) {
        int from = bounds[2 * k], to = bounds[2 * k + 1];
        return to - from == w.length() && gap.startsWith(w, from);
    }

    private static String word(String gap, int[] bounds, int k) {
        return gap.substring(bounds[2 * k], bounds[2 * k + 1]);
    }

    /** @param gap lower-case text between the two mentions */
    static boolean matches(String gap) {
        int[] bounds = new int[20];
        int count = words(gap, bounds);
        if (count < 0) return matchesLong(gap);
        int end = count;
        if (end > 0 && (wordIs(gap, bounds, end - 1, "u.s.") || wordIs(gap, bounds, end - 1, "us"))) end--;
        if (end > 0 && wordIs(gap, bounds, end - 1, "the")) end--;
        if (end < 2) return false;
        String prep = word(gap, bounds, end - 1);
        if (!PREPS.contains(prep)) return false;
        String head = word(gap, bounds, end - 2);
        boolean noun = NOUNS.contains(head) || head.endsWith("s") && NOUNS.contains(head.substring(0, head.length() - 1));
        boolean verb = VERBS.contains(head);
        if (!noun && !verb) return false;
        if (head.equals("part") && !prep.equals("of")) return false;
        int others = 0;
        for (int k = 0; k < end - 2; k++) {
            if (!FILLER.contains(word(gap, bounds, k))) others++;
        }
        return others <= 2;
    }

    /** Gaps of more than 10 words (rare: pairs are at most 90 characters apart) take the plain route. */
    private static boolean matchesLong(String gap) {
        java.util.ArrayList<String> list = new java.util.ArrayList<>();
        for (String w : gap.split("[ ,]+")) if (!w.isEmpty()) list.add(w);
        String[] w = list.toArray(new String[0]);
        int end = w.length;
        if (end > 0 && (w[end - 1].equals("u.s.") || w[end - 1].equals("us"))) end--;
        if (end > 0 && w[end - 1].equals("the")) end--;
        if (end < 2 || !PREPS.contains(w[end - 1])) return false;
        String head = w[end - 2];
        boolean noun = NOUNS.contains(head) || head.endsWith("s") && NOUNS.contains(head.substring(0, head.length() - 1));
        if (!noun && !VERBS.contains(head)) return false;
        if (head.equals("part") && !w[end - 1].equals("of")) return false;
        int others = 0;
        for (int k = 0; k < end - 2; k++) if (!FILLER.contains(w[k])) others++;
        return others <= 2;
    }
}
