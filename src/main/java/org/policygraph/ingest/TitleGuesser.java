package org.policygraph.ingest;

/** A title for a document whose format states none: its first short line that does not read like a sentence. */
public final class TitleGuesser {
    /** Titles are headlines; anything longer is body text. */
    public static final int MAX_TITLE_WORDS_DEFAULT = 20;
    private static final int MAX_TITLE_CHARS = 200;
    private static final int LINES_TO_LOOK_AT = 3;

    private TitleGuesser() {
    }

    /** Words after which a first sentence is cut to make a title. */
    public static final int LEAD_TITLE_WORDS_DEFAULT = 12;

    /**
     * The title: the first headline-like line (skipping a masthead such as a newspaper's name when a real
     * headline follows), else the opening words of the first sentence, so a list of documents never shows
     * bare file names.
     */
    public static String guess(String cleanText) {
        int seen = 0;
        String first = null;
        String[] lines = cleanText.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.isEmpty()) continue;
            if (isHeadline(l)) {
                String next = nextHeadline(lines, i + 1);
                return next != null && isMasthead(l) ? next : l;
            }
            if (first == null) first = l;
            if (++seen >= LINES_TO_LOOK_AT) break;
        }
        return first == null ? null : lead(first);
    }

    private static String nextHeadline(String[] lines, int from) {
        for (int k = from; k < lines.length && k < from + 3; k++) {
            String l = lines[k].strip();
            if (l.isEmpty() || l.equals("-") || l.equals("—")) continue;
            return isHeadline(l) && BoilerplateLineFilter.wordCount(l) >= 4 ? l : null;
        }
        return null;
    }

    /** A short Title Case name with no verb-like lower-case word: "Northwest Arkansas Democrat-Gazette". */
    static boolean isMasthead(String l) {
        String[] w = l.split("\\s+");
        if (w.length > 5) return false;
        for (String x : w) if (!x.isEmpty() && Character.isLowerCase(x.charAt(0)) && !x.equals("of") && !x.equals("the")) return false;
        return true;
    }

    /** The first sentence, cut after a dozen words with an ellipsis. */
    static String lead(String paragraph) {
        int end = paragraph.indexOf(". ");
        String sentence = end > 0 ? paragraph.substring(0, end) : paragraph;
        String[] w = sentence.split("\\s+");
        if (w.length <= LEAD_TITLE_WORDS_DEFAULT) return sentence;
        return String.join(" ", java.util.Arrays.copyOf(w, LEAD_TITLE_WORDS_DEFAULT)) + "…";
    }

    static boolean isHeadline(String l) {
        if (l.length() > MAX_TITLE_CHARS || BoilerplateLineFilter.wordCount(l) > MAX_TITLE_WORDS_DEFAULT) return false;
        char last = l.charAt(l.length() - 1);
        return last != '.' && last != ',' && last != ';';
    }
}
