package org.policygraph.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date a document states near its top ("June 27, 2017", "27 June 2017", "2017-06-27",
 * "Published 06/27/2017") and returns it as ISO yyyy-MM-dd. Only full dates count: a bare month or year says
 * too little to date a document.
 */
public final class DateFinder {
    /** How many non-blank lines from the top are searched. */
    public static final int HEAD_LINES_DEFAULT = 15;
    /** A line of at most this many words holding a date is a dateline, not a sentence. */
    private static final int DATELINE_WORDS = 12;
    private static final int MAX_LINE_CHARS = 2000;

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern ISO = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)(?!\\d)");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?i)\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+((?:19|20)\\d\\d)\\b");
    private static final Pattern SLASHED = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d\\d)\\b");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private DateFinder() {
    }

    /**
     * The document's date from its first {@link #HEAD_LINES_DEFAULT} non-blank lines, or empty. Short lines
     * (datelines, "Published ..." lines) are preferred over dates inside the first sentences, which are more
     * often the date of an event than of the document.
     */
    public static Optional<String> findNearTop(String text) {
        List<String> head = new ArrayList<>();
        for (String line : text.split("\n", HEAD_LINES_DEFAULT * 4)) {
            if (line.isBlank()) continue;
            // the split's last piece holds the rest of the text: only its start is the top of the document
            head.add(line.length() > MAX_LINE_CHARS ? line.substring(0, MAX_LINE_CHARS) : line);
            if (head.size() >= HEAD_LINES_DEFAULT) break;
        }
        for (String line : head) {
            if (BoilerplateLineFilter.wordCount(line) > DATELINE_WORDS) continue;
            Optional<String> d = find(line);
            if (d.isPresent()) return d;
        }
        for (String line : head) {
            Optional<String> d = find(line);
            if (d.isPresent()) return d;
        }
        return Optional.empty();
    }

    /** The first full date in a piece of text, as yyyy-MM-dd. */
    public static Optional<String> find(String s) {
        if (!hasYear(s)) return Optional.empty();
        Optional<String> best = Optional.empty();
        int bestAt = Integer.MAX_VALUE;
        for (Pattern p : List.of(ISO, MONTH_DAY_YEAR, DAY_MONTH_YEAR, SLASHED)) {
            Matcher m = p.matcher(s);
            while (m.find()) {
                Optional<String> d = toIso(p, m);
                if (d.isPresent()) {
                    if (m.start() < bestAt) {
                        best = d;
                        bestAt = m.start();
                    }
                    break;
                }
            }
        }
        return best;
    }

    /** Every full date has a 19xx or 20xx year: a cheap test that spares the patterns most lines. */
    private static boolean hasYear(String s) {
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                if (++run == 4) {
                    char c = s.charAt(i - 3);
                    char d = s.charAt(i - 2);
                    if (c == '1' && d == '9' || c == '2' && d == '0') return true;
                }
            } else {
                run = 0;
            }
        }
        return false;
    }

    /** An ISO date-time or date ("2017-06-27T10:00:00Z") reduced to its date, or a date found in free text. */
    public static Optional<String> parseMetadata(String value) {
        if (value == null || value.isBlank()) return Optional.empty();
        return find(value.strip());
    }

    private static Optional<String> toIso(Pattern p, Matcher m) {
        int y;
        int mo;
        int d;
        if (p == ISO) {
            y = Integer.parseInt(m.group(1));
            mo = Integer.parseInt(m.group(2));
            d = Integer.parseInt(m.group(3));
        } else if (p == MONTH_DAY_YEAR) {
            mo = month(m.group(1));
            d = Integer.parseInt(m.group(2));
            y = Integer.parseInt(m.group(3));
        } else if (p == DAY_MONTH_YEAR) {
            d = Integer.parseInt(m.group(1));
            mo = month(m.group(2));
            y = Integer.parseInt(m.group(3));
        } else {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            y = Integer.parseInt(m.group(3));
            // US order unless the first number cannot be a month
            mo = a <= 12 ? a : b;
            d = a <= 12 ? b : a;
        }
        try {
            return Optional.of(LocalDate.of(y, mo, d).toString());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int month(String name) {
        return MONTHS.getOrDefault(name.toLowerCase(Locale.ROOT).substring(0, 3), 0);
    }
}
