package org.policygraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits clean text into sentences with offsets. A line break ends a sentence too (headlines, list items,
 * PDF text is rejoined by ingest before it gets here). Abbreviations common in policy news (U.S., H.R., Sen.,
 * Dr., Jan.) and initials (Odile B. Brennick) do not end a sentence.
 */
public final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm",
            "st", "jr", "sr", "inc", "corp", "co", "ltd", "no", "nos", "vs", "v", "etc", "e.g", "i.e", "approx",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "u.s", "u.k", "u.n", "h.r", "s", "d.c", "a.m", "p.m", "dept", "est", "fig", "al", "ft", "mt", "pres", "atty", "asst");

    public List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int n = text.length();
        int start = skipSpace(text, 0);
        int i = start;
        while (i < n) {
            char c = text.charAt(i);
            boolean end = false;
            int next = i + 1;
            if (c == '\n') {
                end = lineEndsSentence(text, start, i);
            } else if (c == '.' || c == '!' || c == '?') {
                int j = i + 1;
                while (j < n && (text.charAt(j) == '"' || text.charAt(j) == '”' || text.charAt(j) == '’'
                        || text.charAt(j) == '\'' || text.charAt(j) == ')' || text.charAt(j) == '.')) j++;
                if (j >= n || Character.isWhitespace(text.charAt(j))) {
                    if (c != '.' || !isAbbreviation(text, i, j)) {
                        end = true;
                        next = j;
                    }
                }
            }
            if (end) {
                add(out, text, start, c == '\n' ? i : next);
                start = skipSpace(text, next);
                i = start;
            } else {
                i++;
            }
        }
        if (start < n) add(out, text, start, n);
        return out;
    }

    /**
     * A single line break inside a hard-wrapped paragraph is a space; it ends a sentence after a blank line,
     * a short line (headline, list item, byline) or when the next line starts a list or heading.
     */
    private static boolean lineEndsSentence(String text, int sentenceStart, int nl) {
        int n = text.length();
        if (nl + 1 >= n || text.charAt(nl + 1) == '\n') return true;
        int lineStart = text.lastIndexOf('\n', nl - 1) + 1;
        String line = text.substring(lineStart, nl).strip();
        if (line.length() < 60) return true;
        char last = line.charAt(line.length() - 1);
        if (last == ':' || last == '|') return true;
        int k = nl + 1;
        while (k < n && text.charAt(k) == ' ') k++;
        if (k >= n) return true;
        char next = text.charAt(k);
        if (next == '-' || next == '*' || next == '#' || next == '•' || next == '>' || Character.isDigit(next) && k + 1 < n && text.charAt(k + 1) == '.') {
            return true;
        }
        int nextEnd = text.indexOf('\n', k);
        String nextLine = text.substring(k, nextEnd < 0 ? n : nextEnd).strip();
        return nextLine.length() < 40 && Character.isUpperCase(next);
    }

    private static void add(List<Sentence> out, String text, int s, int e) {
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
        if (e > s) out.add(new Sentence(out.size(), s, e, text.substring(s, e)));
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        return i;
    }

    /** The period at {@code dot} belongs to an abbreviation or initial, unless a capitalised sentence clearly follows. */
    private static boolean isAbbreviation(String text, int dot, int after) {
        int s = dot;
        while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) s--;
        String word = text.substring(s, dot).toLowerCase(Locale.ROOT);
        if (word.isEmpty()) return false;
        // single capital initial: "Odile B. Brennick"
        if (word.length() == 1 && Character.isUpperCase(text.charAt(s))) {
            return true;
        }
        if (!ABBREVIATIONS.contains(word)) return false;
        // "... in the U.S. The next sentence": a following capitalised function word starts a sentence
        if (word.equals("u.s") || word.equals("u.k") || word.equals("u.n")) {
            int k = after;
            while (k < text.length() && text.charAt(k) == ' ') k++;
            int e = k;
            while (e < text.length() && Character.isLetter(text.charAt(e))) e++;
            String nextWord = text.substring(k, e);
            return !SENTENCE_STARTERS.contains(nextWord);
        }
        return true;
    }

    private static final Set<String> SENTENCE_STARTERS = Set.of(
            "The", "A", "An", "It", "In", "On", "At", "But", "And", "He", "She", "They", "We", "This", "That",
            "These", "Those", "Officials", "Authorities", "However", "Critics", "Supporters", "Last", "Its", "His",
            "Her", "Their", "There", "As", "After", "Before", "While", "When", "According", "Some", "Many", "Most");
}
