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

    private static String[] words(String gap) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>(8);
        int i = 0, n = gap.length();
        while (i < n) {
            while (i < n && (gap.charAt(i) == ' ' || gap.charAt(i) == ',')) i++;
            int j = i;
            while (j < n && gap.charAt(j) != ' ' && gap.charAt(j) != ',') j++;
            if (j > i) out.add(gap.substring(i, j));
            i = j;
        }
        return out.toArray(new String[0]);
    }

    /** @param gap lower-case text between the two mentions */
    static boolean matches(String gap) {
        String[] w = words(gap);
        int end = w.length;
        if (end > 0 && (w[end - 1].equals("u.s.") || w[end - 1].equals("us"))) end--;
        if (end > 0 && w[end - 1].equals("the")) end--;
        if (end < 2 || !PREPS.contains(w[end - 1])) return false;
        String head = w[end - 2];
        boolean noun = NOUNS.contains(head) || head.endsWith("s") && NOUNS.contains(head.substring(0, head.length() - 1));
        boolean verb = VERBS.contains(head);
        if (!noun && !verb) return false;
        if (head.equals("part") && !w[end - 1].equals("of")) return false;
        int others = 0;
        for (int k = 0; k < end - 2; k++) {
            if (!FILLER.contains(w[k]) && !w[k].isEmpty()) others++;
        }
        return others <= 2;
    }
}
