package org.policygraph.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Drops what a paginated layout repeats on every page: page numbers and running headers/footers. A line near the
 * top or bottom of a page is dropped when it is a bare page number, or when the same line (digits ignored, so
 * "Page 3" and "Page 4" count as one) sits at the edge of most pages.
 */
public final class RunningHeaderRemover {
    /** How many lines at the top and at the bottom of each page can be running headers or footers. */
    public static final int EDGE_LINES_DEFAULT = 2;
    /** Share of pages a line must appear on to count as running. */
    public static final double MIN_PAGE_SHARE_DEFAULT = 0.6;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)^[-–—\\s]*(page\\s+)?\\d{1,4}(\\s*(/|of)\\s*\\d{1,4})?[-–—\\s]*$|^[ivxlc]{1,6}$");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private RunningHeaderRemover() {
    }

    /** Each page's lines without page numbers, running headers or footers, and blank lines at either end. */
    public static List<List<String>> strip(List<List<String>> pages) {
        Map<String, Integer> pagesWith = new HashMap<>();
        for (List<String> page : pages) {
            Set<String> seen = new HashSet<>();
            for (int i : edgeIndexes(page)) {
                if (seen.add(key(page.get(i)))) pagesWith.merge(key(page.get(i)), 1, Integer::sum);
            }
        }
        int needed = Math.max(2, (int) Math.ceil(pages.size() * MIN_PAGE_SHARE_DEFAULT));
        List<List<String>> out = new ArrayList<>();
        for (List<String> page : pages) {
            Set<Integer> edges = new HashSet<>(edgeIndexes(page));
            List<String> kept = new ArrayList<>();
            for (int i = 0; i < page.size(); i++) {
                String line = page.get(i);
                if (edges.contains(i)) {
                    String t = line.strip();
                    if (PAGE_NUMBER.matcher(t).matches() || pagesWith.getOrDefault(key(line), 0) >= needed) continue;
                }
                kept.add(line);
            }
            while (!kept.isEmpty() && kept.get(0).isBlank()) kept.remove(0);
            while (!kept.isEmpty() && kept.get(kept.size() - 1).isBlank()) kept.remove(kept.size() - 1);
            out.add(kept);
        }
        return out;
    }

    /** Indexes of the first and last few non-blank lines of a page. */
    private static List<Integer> edgeIndexes(List<String> page) {
        List<Integer> nonBlank = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            if (!page.get(i).isBlank()) nonBlank.add(i);
        }
        Set<Integer> edges = new HashSet<>();
        for (int k = 0; k < nonBlank.size() && k < EDGE_LINES_DEFAULT; k++) {
            edges.add(nonBlank.get(k));
            edges.add(nonBlank.get(nonBlank.size() - 1 - k));
        }
        return new ArrayList<>(edges);
    }

    private static String key(String line) {
        return DIGITS.matcher(line.strip().toLowerCase(Locale.ROOT)).replaceAll("#");
    }
}
