package org.policygraph.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rejoins text laid out in fixed-width lines (PDF pages, hard-wrapped plain text) into one line per paragraph,
 * so a sentence and a name broken over two lines read as one. A line breaks the paragraph when it is blank,
 * when it ends a sentence well short of the column width, or when it is short and the next line starts with a
 * capital (a heading); otherwise it is joined to the next with a space. A word hyphenated at the line end is
 * rejoined without the hyphen unless the document shows it hyphenated elsewhere or both halves are words of it.
 */
public final class WrappedLineJoiner {
    /** A line at least this share of the column width was wrapped by the layout, not ended by the author. */
    public static final double FULL_LINE_SHARE_DEFAULT = 0.8;
    /** A line shorter than this share, followed by a capitalised line, is a heading or a paragraph's last line. */
    public static final double SHORT_LINE_SHARE_DEFAULT = 0.6;

    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:;][\"'”’)\\]]*$");
    private static final Pattern LEADING_WORD = Pattern.compile("^(\\p{Ll}+)");
    private static final Pattern LIST_ITEM = Pattern.compile("^([-•*▪◦]|\\d{1,2}[.)])\\s+.*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+(?:-[\\p{L}]+)*");

    private WrappedLineJoiner() {
    }

    /** Paragraphs, one per element, from wrapped lines (blank lines allowed). */
    public static List<String> join(List<String> lines) {
        int width = columnWidth(lines);
        Set<String> vocabulary = vocabulary(lines);
        List<String> out = new ArrayList<>();
        StringBuilder para = new StringBuilder();
        String prev = null;
        for (String raw : lines) {
            String line = TextNormalizer.tidyLine(raw);
            if (line.isEmpty()) {
                flush(para, out);
                prev = null;
                continue;
            }
            if (prev != null && breaksBetween(prev, line, width)) flush(para, out);
            if (para.length() == 0) {
                para.append(line);
            } else {
                appendJoined(para, line, vocabulary);
            }
            prev = line;
        }
        flush(para, out);
        return out;
    }

    /** Whether plain text looks hard-wrapped: many lines of similar, modest width not ending sentences. */
    public static boolean looksWrapped(List<String> lines) {
        int nonBlank = 0;
        int unfinished = 0;
        int width = columnWidth(lines);
        if (width == 0 || width > 120) return false;
        int full = 0;
        for (String l : lines) {
            String t = l.strip();
            if (t.isEmpty()) continue;
            nonBlank++;
            if (t.length() >= width * FULL_LINE_SHARE_DEFAULT) full++;
            if (!SENTENCE_END.matcher(t).matches()) unfinished++;
        }
        return nonBlank >= 4 && full * 2 >= nonBlank && unfinished * 3 >= nonBlank;
    }

    private static boolean breaksBetween(String prev, String next, int width) {
        if (LIST_ITEM.matcher(next).matches()) return true;
        boolean nextStartsUpper = Character.isUpperCase(next.codePointAt(0)) || Character.isDigit(next.charAt(0))
                || "\"“‘'(".indexOf(next.charAt(0)) >= 0;
        if (SENTENCE_END.matcher(prev).matches() && prev.length() < width * FULL_LINE_SHARE_DEFAULT
                && nextStartsUpper) {
            return true;
        }
        return prev.length() < width * SHORT_LINE_SHARE_DEFAULT && nextStartsUpper;
    }

    private static void appendJoined(StringBuilder para, String line, Set<String> vocabulary) {
        String left = hyphenatedTail(para);
        Matcher start = LEADING_WORD.matcher(line);
        if (left != null && start.find()) {
            String right = start.group(1);
            para.setLength(para.length() - 1); // drop the hyphen for now
            if (keepsHyphen(left, right, vocabulary)) para.append('-');
            para.append(line);
            return;
        }
        para.append(' ').append(line);
    }

    /** The letters before a trailing hyphen ("traf" of "... traf-"), or null when the text does not end so. */
    private static String hyphenatedTail(CharSequence para) {
        int hyphen = para.length() - 1;
        if (hyphen < 1 || para.charAt(hyphen) != '-' || !Character.isLowerCase(para.charAt(hyphen - 1))) return null;
        int s = hyphen;
        while (s > 0 && Character.isLetter(para.charAt(s - 1))) s--;
        return para.subSequence(s, hyphen).toString();
    }

    static boolean keepsHyphen(String left, String right, Set<String> vocabulary) {
        String l = left.toLowerCase(Locale.ROOT);
        String r = right.toLowerCase(Locale.ROOT);
        if (vocabulary.contains(l + r)) return false;
        if (vocabulary.contains(l + "-" + r)) return true;
        return vocabulary.contains(l) && vocabulary.contains(r);
    }

    private static void flush(StringBuilder para, List<String> out) {
        if (para.length() > 0) out.add(para.toString());
        para.setLength(0);
    }

    /** The width of a full line: a high percentile of line lengths, robust to a few overlong lines. */
    static int columnWidth(List<String> lines) {
        int[] lengths = lines.stream().map(String::strip).filter(s -> !s.isEmpty()).mapToInt(String::length)
                .sorted().toArray();
        if (lengths.length == 0) return 0;
        return lengths[Math.min(lengths.length - 1, (int) Math.floor(lengths.length * 0.9))];
    }

    /** Lower-case words as they occur inside lines (not at a line end), to tell compounds from hyphenation. */
    private static Set<String> vocabulary(List<String> lines) {
        Set<String> words = new HashSet<>();
        for (String line : lines) {
            String inner = line.strip();
            if (inner.endsWith("-")) inner = inner.substring(0, Math.max(0, inner.lastIndexOf(' ') + 1));
            Matcher m = WORD.matcher(inner);
            while (m.find()) {
                String w = m.group().toLowerCase(Locale.ROOT);
                words.add(w);
                if (w.indexOf('-') > 0) words.addAll(Arrays.asList(w.split("-")));
            }
        }
        return words;
    }
}
