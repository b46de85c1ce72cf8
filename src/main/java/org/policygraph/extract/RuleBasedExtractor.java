package org.policygraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.policygraph.model.Document;

/**
 * The default extractor: gazetteer longest-match, name-shape rules, acronym definitions and within-document
 * alias resolution for entities, then sentence patterns for typed relations and same-sentence co-occurrence.
 * Stateless after construction and thread-safe, so documents extract in parallel.
 */
public final class RuleBasedExtractor implements EntityExtractor {
    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final MentionRules rules;
    private final AcronymRules acronyms;
    private final EntityAssembler assembler = new EntityAssembler();
    private final RelationRules relations;

    public RuleBasedExtractor(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.rules = new MentionRules(lexicon, gazetteer);
        this.acronyms = new AcronymRules(lexicon);
        this.relations = new RelationRules(lexicon, gazetteer);
    }

    public static RuleBasedExtractor createDefault() {
        return new RuleBasedExtractor(Gazetteer.defaults(), Lexicon.defaults());
    }

    @Override
    public DocumentExtraction extract(Document document) {
        String text = sameLengthSpaces(document.text());
        char[] chars = chars(text);
        List<Sentence> sentences = splitter.split(text);
        List<List<Token>> tokens = new ArrayList<>(sentences.size());
        List<Candidate> cands = new ArrayList<>();
        List<Candidate> headlineRules = new ArrayList<>();
        for (Sentence s : sentences) {
            List<Token> toks = Tokenizer.tokens(text, chars, s.start(), s.end());
            tokens.add(toks);
            gazetteerMatches(text, toks, cands);
            if (isHeadline(toks)) rules.find(text, s, toks, headlineRules);
            else rules.find(text, s, toks, cands);
        }
        keepHeadlineNamesSeenElsewhere(headlineRules, cands);
        AcronymRules.Definitions defs = new AcronymRules.Definitions();
        for (int i = 0; i < sentences.size(); i++) acronyms.define(text, sentences.get(i), tokens.get(i), cands, defs);
        for (List<Token> toks : tokens) acronyms.laterUses(text, toks, defs, cands);
        cands = AcronymRules.without(cands, defs.ignored);

        KeyUnion union = new KeyUnion();
        List<Candidate> accepted = resolveOverlaps(cands, union, text.length());
        accepted.addAll(surnames(text, tokens, accepted, union));
        linkAppositions(text, accepted, union);
        accepted.removeIf(c -> Gazetteer.IGNORE.equals(c.type));
        accepted.sort(BY_START);

        List<FoundEntity> entities = assembler.assemble(document.id(), accepted, union);
        List<FoundRelation> rels = relations.find(document.id(), text, sentences, tokens, accepted, union, entities);
        return new DocumentExtraction(document, entities, rels);
    }

    /**
     * Title Case lines (headlines, section titles) make every capitalised run look like a name; what rules find
     * there counts only when the body of the document uses the same name.
     */
    static boolean isHeadline(List<Token> toks) {
        if (toks.isEmpty()) return false;
        String last = toks.get(toks.size() - 1).text();
        if (last.equals(".") || last.equals("?") || last.equals("!") || last.equals("”") || last.equals("\"")) return false;
        int words = 0, caps = 0;
        for (Token t : toks) {
            if (!t.isWord() || t.text().length() < 4) continue;
            words++;
            if (Character.isUpperCase(t.text().charAt(0))) caps++;
        }
        return words >= 3 && caps * 10 >= words * 7;
    }

    private static void keepHeadlineNamesSeenElsewhere(List<Candidate> headline, List<Candidate> cands) {
        if (headline.isEmpty()) return;
        Set<String> keys = new HashSet<>();
        for (Candidate c : cands) keys.add(c.key);
        for (Candidate c : headline) if (keys.contains(c.key) || EntityTypes.PERSON.equals(c.type)) cands.add(c);
    }

    /** Non-breaking and other exotic spaces become plain spaces; one char for one, so offsets stay valid. */
    static String sameLengthSpaces(String t) {
        char[] cs = null;
        int n = t.length();
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            boolean odd = c < 128 ? c == '\t' || c == '\r' || c == '\f' || c == 0x0b
                    : (c == '\u200b' || Character.isSpaceChar(c));
            if (odd) {
                if (cs == null) cs = t.toCharArray();
                cs[i] = ' ';
            }
        }
        return cs == null ? t : new String(cs);
    }

    private void gazetteerMatches(String text, List<Token> toks, List<Candidate> out) {
        TokenTrie trie = gazetteer.trie();
        int i = 0;
        while (i < toks.size()) {
            TokenTrie.Match m = trie.longestAt(toks, i);
            if (m == null) {
                i++;
                continue;
            }
            int start = toks.get(m.from()).start();
            int end = toks.get(m.to() - 1).end();
            GazetteerEntry e = m.entry();
            if (isBareUsName(m) && foreignBefore(toks, m.from())) {
                i = m.to(); // "Peruvian Air Force", "Colombian Coast Guard": not the U.S. body
                continue;
            }
            out.add(new Candidate(start, end, text.substring(start, end), e.type(), m.key(), e.name(),
                    Candidate.GAZETTEER, Gazetteer.IGNORE.equals(e.type()) ? null : e, m.demonym()));
            i = m.to();
        }
    }

    /** A U.S. federal body matched by its name without "U.S." ("Air Force", "Coast Guard"). */
    private static boolean isBareUsName(TokenTrie.Match m) {
        String name = m.entry().name();
        if (!(name.startsWith("U.S. ") || name.startsWith("United States "))) return false;
        String a = m.alias();
        return !(a.startsWith("U.S") || a.startsWith("US ") || a.startsWith("United States") || a.equals(a.toUpperCase()));
    }

    /** The word before is another country's name or adjective. */
    private boolean foreignBefore(List<Token> toks, int i) {
        int k = i - 1;
        while (k >= 0 && (toks.get(k).text().equals("’") || toks.get(k).text().equals("'") || toks.get(k).text().equals("s"))) k--;
        if (k < 0 || !toks.get(k).isCapitalised()) return false;
        for (int from = Math.max(0, k - 3); from <= k; from++) {
            TokenTrie.Match p = gazetteer.trie().longestAt(toks, from);
            if (p != null && p.to() == k + 1 && (p.demonym() || EntityTypes.COUNTRY.equals(p.entry().type()))) {
                return !"United States".equals(p.entry().name());
            }
        }
        return false;
    }

    /** Longest first, then the stronger source, then text order. */
    private static final Comparator<Candidate> LONGEST_FIRST = (x, y) -> {
        int c = Integer.compare(y.length(), x.length());
        if (c != 0) return c;
        c = Integer.compare(y.priority, x.priority);
        return c != 0 ? c : Integer.compare(x.start, y.start);
    };
    private static final Comparator<Candidate> BY_START = (x, y) -> Integer.compare(x.start, y.start);

    /** Longest first; the same span found twice (gazetteer and a rule) is one entity. */
    private static List<Candidate> resolveOverlaps(List<Candidate> cands, KeyUnion union, int textLength) {
        List<Candidate> sorted = new ArrayList<>(cands);
        sorted.sort(LONGEST_FIRST);
        List<Candidate> accepted = new ArrayList<>();
        // accepted spans never overlap, so each character has at most one owner: a clash is found by looking
        // at c's own characters, and a same-span candidate owns the first of them
        Candidate[] owner = OWNERS.get();
        if (owner.length < textLength) {
            owner = new Candidate[textLength];
            if (textLength <= MAX_KEPT_BUFFER) OWNERS.set(owner); // a huge document's table is not kept
        }
        try {
            for (Candidate c : sorted) {
                Candidate a = null;
                for (int k = c.start; k < c.end && a == null; k++) a = owner[k];
                if (a != null) {
                    if (a.start == c.start && a.end == c.end && compatible(a, c)) union.union(a.key, c.key);
                    continue;
                }
                if (c.end <= c.start) continue; // an empty span names nothing
                for (int k = c.start; k < c.end; k++) owner[k] = c;
                accepted.add(c);
            }
        } finally {
            for (Candidate c : accepted) java.util.Arrays.fill(owner, c.start, c.end, null); // clean for the next document
        }
        return accepted;
    }

    /** The document's characters, in a buffer reused per thread (a huge document gets its own). */
    private static char[] chars(String text) {
        char[] buffer = CHARS.get();
        if (buffer.length < text.length()) {
            buffer = new char[text.length()];
            if (text.length() <= MAX_KEPT_BUFFER) CHARS.set(buffer);
        }
        text.getChars(0, text.length(), buffer, 0);
        return buffer;
    }

    private static final ThreadLocal<char[]> CHARS = ThreadLocal.withInitial(() -> new char[1 << 15]);

    /** Per-thread buffers grow to the largest document up to this length; a bigger one gets its own, not kept. */
    private static final int MAX_KEPT_BUFFER = 1 << 20;
    /** The owner table, reused per thread (one per document would be a large allocation for a small job). */
    private static final ThreadLocal<Candidate[]> OWNERS = ThreadLocal.withInitial(() -> new Candidate[1 << 16]);

    private static boolean compatible(Candidate a, Candidate b) {
        if (Gazetteer.IGNORE.equals(a.type) || Gazetteer.IGNORE.equals(b.type)) return false;
        if (a.entry != null && b.entry != null) return a.entry == b.entry;
        return a.type.equals(b.type) || a.entry == null || b.entry == null;
    }

    /** "Odile Brennick" named once makes a later "Brennick" the same person. */
    private List<Candidate> surnames(String text, List<List<Token>> tokens, List<Candidate> accepted, KeyUnion union) {
        List<Candidate> people = new ArrayList<>();
        for (Candidate c : accepted) {
            if (EntityTypes.PERSON.equals(c.type) && c.text.contains(" ")) people.add(c);
        }
        List<Candidate> out = new ArrayList<>();
        if (people.isEmpty()) return out;
        java.util.Map<String, Candidate> bySurname = new java.util.HashMap<>();
        for (Candidate p : people) bySurname.putIfAbsent(lastWord(p.text), p);
        java.util.BitSet covered = new java.util.BitSet(text.length());
        for (Candidate a : accepted) covered.set(a.start, a.end);
        for (Candidate a : accepted) {
            if (!EntityTypes.PERSON.equals(a.type) || a.text.contains(" ")) continue;
            Candidate p = bySurname.get(a.text);
            if (p != null) union.union(p.key, a.key);
        }
        for (List<Token> toks : tokens) {
            for (Token t : toks) {
                if (!t.isCapitalised() || covered.get(t.start())) continue;
                Candidate p = bySurname.get(t.text());
                if (p != null && t.text().length() > 2 && !lexicon.notPersonWords.contains(t.text())) {
                    out.add(new Candidate(t.start(), t.end(), t.text(), EntityTypes.PERSON, p.key, p.label, Candidate.STRONG, null, false));
                }
            }
        }
        return out;
    }

    private static String lastWord(String s) {
        String t = s.strip();
        return t.substring(t.lastIndexOf(' ') + 1);
    }

    private static final java.util.regex.Pattern BILL_LABEL = java.util.regex.Pattern.compile("(H\\.R\\.|S\\.|H\\.Res\\.|S\\.Res\\.) \\d+");
    private static final java.util.regex.Pattern APPOSITION_GAP = java.util.regex.Pattern.compile("\\s*[:,(–-]\\s*(the\\s+|known as\\s+(the\\s+)?)?");

    /** "H.R. 2851: Stop the ... Act" and "the X Act (H.R. 2851)" name one law. */
    private static void linkAppositions(String text, List<Candidate> accepted, KeyUnion union) {
        List<Candidate> laws = new ArrayList<>();
        for (Candidate c : accepted) if (EntityTypes.LAW.equals(c.type)) laws.add(c);
        laws.sort(BY_START);
        for (int i = 0; i + 1 < laws.size(); i++) {
            Candidate a = laws.get(i), b = laws.get(i + 1);
            if (b.start < a.end) continue;
            if (b.start - a.end > 20) continue;
            String between = text.substring(a.end, b.start);
            boolean billA = BILL_LABEL.matcher(a.label).matches();
            boolean billB = BILL_LABEL.matcher(b.label).matches();
            if (billA == billB) continue;
            if (APPOSITION_GAP.matcher(between).matches()) union.union(billA ? b.key : a.key, billA ? a.key : b.key);
        }
    }
}
