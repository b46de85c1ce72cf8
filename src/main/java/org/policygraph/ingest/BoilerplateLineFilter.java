package org.policygraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Drops page clutter line by line: menus, breadcrumbs, share/subscribe/cookie prompts, bylines, tag lists,
 * copyright lines and a trailing comment thread. The phrases live in {@code clutter-lines.json}. Conservative by
 * design: the phrase rules only touch short lines, so a line that reads like an article sentence always stays.
 */
public final class BoilerplateLineFilter {
    private static final String RESOURCE = "clutter-lines.json";
    /** A line with at least this many words and some lower-case words reads like prose, not a button. */
    public static final int SENTENCE_WORDS_DEFAULT = 12;
    /** Menu segments ("Home | News | World") have at most this many words each. */
    private static final int MENU_SEGMENT_WORDS = 4;
    private static final Pattern MENU_SEPARATOR = Pattern.compile("\\s*[|•·»›]\\s*|\\s+[>/]\\s+");
    private static final Pattern BREADCRUMB = Pattern.compile("(?i)^home\\s*[»›>/|:].*");
    /** Cookie and comment-form notices are a sentence or two; longer paragraphs are not tested for them. */
    private static final int MAX_BANNER_CHARS = 400;
    private static final Pattern HAS_LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");

    private final int shortLineWords;
    private final List<Pattern> shortRules;
    private final List<Pattern> alwaysRules;
    private final List<Pattern> threadStarts;

    private BoilerplateLineFilter(int shortLineWords, List<Pattern> shortRules, List<Pattern> alwaysRules,
                                  List<Pattern> threadStarts) {
        this.shortLineWords = shortLineWords;
        this.shortRules = shortRules;
        this.alwaysRules = alwaysRules;
        this.threadStarts = threadStarts;
    }

    /** The filter with the bundled clutter phrases. */
    public static BoilerplateLineFilter createDefault() {
        try (InputStream in = BoilerplateLineFilter.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            JsonNode root = new ObjectMapper().readTree(in);
            return new BoilerplateLineFilter(root.path("shortLineWords").asInt(SENTENCE_WORDS_DEFAULT),
                    patterns(root.path("short")), patterns(root.path("always")),
                    patterns(root.path("commentThreadStart")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static List<Pattern> patterns(JsonNode array) {
        List<Pattern> out = new ArrayList<>();
        array.forEach(n -> out.add(Pattern.compile(n.asText(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
        return List.copyOf(out);
    }

    /** The lines (paragraphs) that are article text, in order; each line is compared trimmed. */
    public List<String> keepContent(List<String> lines) {
        int end = commentThreadStart(lines);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < end; i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty() && !isClutter(line)) out.add(line);
        }
        return out;
    }

    /** Whether one trimmed line is page clutter. */
    public boolean isClutter(String line) {
        if (!HAS_LETTER_OR_DIGIT.matcher(line).find()) return true;
        if (line.length() <= MAX_BANNER_CHARS && matchesAny(alwaysRules, line)) return true;
        if (looksLikeProse(line)) return false;
        if (BREADCRUMB.matcher(line).matches() || isMenu(line)) return true;
        return wordCount(line) < shortLineWords && matchesAny(shortRules, line);
    }

    /** Index of the heading that opens a trailing comment thread, or lines.size() when there is none. */
    int commentThreadStart(List<String> lines) {
        int proseSeen = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            // the heading must follow some article text: a "Comments (3)" link above the article is not a thread
            if (proseSeen >= 2 && wordCount(line) <= 8 && matchesAny(threadStarts, line)) return i;
            if (looksLikeProse(line)) proseSeen++;
        }
        return lines.size();
    }

    private static boolean looksLikeProse(String line) {
        int words = 0;
        int lower = 0;
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                inWord = false;
            } else if (!inWord) {
                inWord = true;
                words++;
                if (Character.isLowerCase(c)) lower++;
            }
        }
        return words >= SENTENCE_WORDS_DEFAULT && lower >= 4;
    }

    private static boolean isMenu(String line) {
        String[] segments = MENU_SEPARATOR.split(line);
        if (segments.length < 2) return false;
        int nonEmpty = 0;
        for (String s : segments) {
            if (s.isBlank()) continue;
            nonEmpty++;
            if (wordCount(s) > MENU_SEGMENT_WORDS) return false;
        }
        return nonEmpty >= 2;
    }

    private static boolean matchesAny(List<Pattern> rules, String line) {
        for (Pattern p : rules) {
            if (p.matcher(line).matches()) return true;
        }
        return false;
    }

    static int wordCount(String s) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = Character.isWhitespace(s.charAt(i));
            if (!space && !inWord) words++;
            inWord = !space;
        }
        return words;
    }
}
