package org.policygraph.ingest;

/** A title for a document whose format states none: its first short line that does not read like a sentence. */
public final class TitleGuesser {
    /** Titles are headlines; anything longer is body text. */
    public static final int MAX_TITLE_WORDS_DEFAULT = 20;
    private static final int MAX_TITLE_CHARS = 200;
    private static final int LINES_TO_LOOK_AT = 3;

    private TitleGuesser() {
    }

    /** The title, or null when the first lines are all prose. */
    public static String guess(String cleanText) {
        int seen = 0;
        for (String line : cleanText.split("\n")) {
            String l = line.strip();
            if (l.isEmpty()) continue;
            if (isHeadline(l)) return l;
            if (++seen >= LINES_TO_LOOK_AT) break;
        }
        return null;
    }

    static boolean isHeadline(String l) {
        if (l.length() > MAX_TITLE_CHARS || BoilerplateLineFilter.wordCount(l) > MAX_TITLE_WORDS_DEFAULT) return false;
        char last = l.charAt(l.length() - 1);
        return last != '.' && last != ',' && last != ';';
    }
}
