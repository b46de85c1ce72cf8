package org.policygraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The word lists behind the extraction rules (lexicon.json, first-names.txt): data, not code. */
public final class Lexicon {
    private static final Lexicon DEFAULT = load();

    final Set<String> agencyHeads;
    final Set<String> agencyHeadsNeedingContext;
    final Set<String> orgHeads;
    final Set<String> marketHeads;
    final Set<String> lawHeads;
    final Set<String> leadingStopwords;
    final List<String> titles;
    final Set<String> titleWords;
    final Map<String, String> titleToAgency;
    final Set<String> speechVerbs;
    final List<String> crimeVerbs;
    final Set<String> notPersonWords;
    final Set<String> firstNames;

    private Lexicon(JsonNode j, Set<String> firstNames) {
        agencyHeads = set(j.path("agencyHeads"));
        agencyHeadsNeedingContext = set(j.path("agencyHeadsNeedingContext"));
        orgHeads = set(j.path("orgHeads"));
        marketHeads = set(j.path("marketHeads"));
        lawHeads = set(j.path("lawHeads"));
        leadingStopwords = set(j.path("leadingStopwords"));
        List<String> t = new ArrayList<>(set(j.path("titles")));
        t.sort((a, b) -> Integer.compare(b.length(), a.length()));
        titles = Collections.unmodifiableList(t);
        Set<String> tw = new HashSet<>();
        for (String s : t) for (String w : s.split(" ")) tw.add(w.replace(".", ""));
        titleWords = tw;
        Map<String, String> m = new LinkedHashMap<>();
        j.path("titleToAgency").fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue().asText()));
        titleToAgency = m;
        speechVerbs = set(j.path("speechVerbs"));
        crimeVerbs = new ArrayList<>(set(j.path("crimeVerbs")));
        notPersonWords = set(j.path("notPersonWords"));
        this.firstNames = firstNames;
        mark(agencyHeads, AGENCY_HEAD);
        mark(lawHeads, LAW_HEAD);
        mark(orgHeads, ORG_HEAD);
        mark(marketHeads, MARKET_HEAD);
        mark(leadingStopwords, STOPWORD);
        mark(titleWords, TITLE_WORD);
        mark(notPersonWords, NOT_PERSON);
    }

    // what a word is, for the rules that ask several of these of every capitalised word: one lookup, not several
    static final int AGENCY_HEAD = 1;
    static final int LAW_HEAD = 1 << 1;
    static final int ORG_HEAD = 1 << 2;
    static final int MARKET_HEAD = 1 << 3;
    static final int STOPWORD = 1 << 4;
    static final int TITLE_WORD = 1 << 5;
    static final int NOT_PERSON = 1 << 6;
    static final int HEADS = AGENCY_HEAD | LAW_HEAD | ORG_HEAD | MARKET_HEAD;
    private final Map<String, Integer> flags = new java.util.HashMap<>();

    private void mark(Set<String> words, int flag) {
        for (String w : words) flags.merge(w, flag, (a, b) -> a | b);
    }

    /** The word's flags ({@link #AGENCY_HEAD} ... {@link #NOT_PERSON}); 0 for an ordinary word. */
    int flags(String word) {
        Integer f = flags.get(word);
        return f == null ? 0 : f;
    }

    /** The same for a token, remembered with its pooled word. */
    int flags(Token t) {
        Word w = t.word();
        if (w == null) return flags(t.text());
        if (w.lexicon != this) {
            w.lexiconFlags = flags(t.text());
            w.lexicon = this;
        }
        return w.lexiconFlags;
    }

    public static Lexicon defaults() {
        return DEFAULT;
    }

    private static Set<String> set(JsonNode arr) {
        Set<String> s = new java.util.LinkedHashSet<>();
        arr.forEach(n -> s.add(n.asText()));
        return Collections.unmodifiableSet(s);
    }

    private static Lexicon load() {
        try (InputStream lex = Lexicon.class.getResourceAsStream("/org/policygraph/extract/lexicon.json");
             InputStream names = Lexicon.class.getResourceAsStream("/org/policygraph/extract/first-names.txt")) {
            Set<String> first = new HashSet<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(names, StandardCharsets.UTF_8))) {
                r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(first::add);
            }
            return new Lexicon(new ObjectMapper().readTree(lex), first);
        } catch (IOException e) {
            throw new UncheckedIOException("extraction lexicon missing", e);
        }
    }
}
