package org.policygraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the document has been talking about, sentence by sentence, so pronouns and definite nouns can stand
 * in for entities: "It was part of ..." after a sentence about an operation, "the bill", "the committee",
 * "the cartels", "they will work with ...". Deliberately shallow: recency and type, nothing more.
 */
final class Discourse {
    private static final Pattern IT = Pattern.compile("^(?:[A-Z][a-z]+(?: [a-z]+){0,5},? )?(it|It)\\b");
    private static final Pattern HE = Pattern.compile("(?:^|, |\\band |\\bthat )(he|He|she|She)\\b");
    /** The nouns after "the" that refer back, in the order they are tried ("law enforcement action" before "law"). */
    private static final String[] DEFINITE_NOUNS = {"operation", "takedown", "crackdown", "sweep", "investigation", "probe",
        "law enforcement action", "enforcement action", "bill", "law", "legislation", "measure", "committee", "panel", "subcommittee",
        "caucus", "cartels", "cartel"};

    /** The first letters of {@link #DEFINITE_NOUNS}. */
    private static final String NOUN_INITIALS = "otcsiplebm";

    /**
     * The next "the/The NOUN" at or after {@code from} ("the operation", "The bill"; "the" a word of its own, the noun
     * whole), as {start, end, noun index}, or null. A scan for "he ", cheaper than a regex over every sentence.
     */
    static int[] definite(String t, int from) {
        int n = t.length();
        for (int p = t.indexOf("he ", from + 1) - 1; p >= from; p = t.indexOf("he ", p + 2) - 1) {
            char c = t.charAt(p);
            if (c != 't' && c != 'T') continue;
            if (p > 0 && RegexChars.isWordChar(t.charAt(p - 1))) continue;
            int q = p + 4;
            if (q >= n || NOUN_INITIALS.indexOf(t.charAt(q)) < 0) continue;
            for (int k = 0; k < DEFINITE_NOUNS.length; k++) {
                String noun = DEFINITE_NOUNS[k];
                int e = q + noun.length();
                if (t.startsWith(noun, q) && (e == n || !RegexChars.isWordChar(t.charAt(e)))) return new int[] {p, e, k};
            }
        }
        return null;
    }

    /**
     * Where the first "they"/"They" that starts a clause is (at the start, after ", ", "that " or "and "; not "they
     * say/said/note/argue"), or -1.
     */
    static int they(String t) {
        int n = t.length();
        for (int q = t.indexOf("hey") - 1; q >= -1; q = t.indexOf("hey", q + 2) - 1) {
            if (q < 0 || (t.charAt(q) != 't' && t.charAt(q) != 'T')) continue;
            int e = q + 4;
            if (e < n && RegexChars.isWordChar(t.charAt(e))) continue;
            if (t.startsWith(" say", e) || t.startsWith(" said", e) || t.startsWith(" note", e) || t.startsWith(" argue", e)) continue;
            boolean clause = q == 0 || (q >= 2 && t.startsWith(", ", q - 2))
                    || (q >= 5 && t.startsWith("that ", q - 5) && (q == 5 || !RegexChars.isWordChar(t.charAt(q - 6))))
                    || (q >= 4 && t.startsWith("and ", q - 4) && (q == 4 || !RegexChars.isWordChar(t.charAt(q - 5))));
            if (clause) return q;
        }
        return -1;
    }


    /** How many sentences back a reference may reach. */
    static final int WINDOW_DEFAULT = 8;

    /** The latest mention of each type and the sentence it was in; one entry per type, updated in place. */
    private static final class Latest {
        SentenceMention mention;
        int sentence;
    }

    private final Map<String, Latest> latest = new HashMap<>();
    private SentenceMention lastCommittee;
    private int committeeSeen = -100;
    private final Map<String, SentenceMention> cartels = new LinkedHashMap<>();
    private List<SentenceMention> previous = List.of();
    private int sentenceIndex;

    /** Virtual mentions for this sentence's anaphora; call {@link #advance} after the sentence is processed. */
    List<SentenceMention> resolve(Sentence s, List<SentenceMention> explicit) {
        List<SentenceMention> out = new ArrayList<>();
        String t = s.text();
        Matcher it = t.startsWith("It ") || t.contains(" it ") ? IT.matcher(t) : null;
        if (it != null && it.lookingAt()) {
            SentenceMention topic = topic();
            if (topic != null) out.add(at(s, it.start(1), it.end(1), topic));
        }
        int they = t.contains("hey") ? they(t) : -1;
        if (they >= 0) {
            SentenceMention a = firstOf(previous, EntityTypes.AGENCY, EntityTypes.COUNTRY, EntityTypes.ORGANIZATION);
            if (a != null) out.add(at(s, they, they + 4, a));
        }
        Matcher he = t.contains(" he ") || t.contains(" she ") || t.startsWith("He ") || t.startsWith("She ") ? HE.matcher(t) : null;
        if (he != null && he.find() && noneOf(explicit, EntityTypes.PERSON, he.start(1) + s.start())) {
            SentenceMention p = recent(EntityTypes.PERSON, 4);
            if (p != null) out.add(at(s, he.start(1), he.end(1), p));
        }
        for (int[] d = definite(t, 0); d != null; d = definite(t, d[1])) {
            String noun = DEFINITE_NOUNS[d[2]];
            int a = d[0], b = d[1];
            switch (noun) {
                case "operation", "takedown", "crackdown", "sweep", "investigation", "probe", "law enforcement action", "enforcement action" -> {
                    SentenceMention op = recent(EntityTypes.OPERATION, WINDOW_DEFAULT);
                    if (op != null && none(explicit, EntityTypes.OPERATION)) out.add(at(s, a, b, op));
                }
                case "bill", "law", "legislation", "measure" -> {
                    SentenceMention law = recent(EntityTypes.LAW, WINDOW_DEFAULT);
                    if (law != null && none(explicit, EntityTypes.LAW)) out.add(at(s, a, b, law));
                }
                case "committee", "panel", "subcommittee", "caucus" -> {
                    if (lastCommittee != null && sentenceIndex - committeeSeen <= WINDOW_DEFAULT) out.add(at(s, a, b, lastCommittee));
                }
                case "cartel" -> {
                    SentenceMention c = cartels.isEmpty() ? null : new ArrayList<>(cartels.values()).get(cartels.size() - 1);
                    if (c != null) out.add(at(s, a, b, c));
                }
                case "cartels" -> cartels.values().forEach(c -> out.add(at(s, a, b, c)));
                default -> { }
            }
        }
        return out;
    }

    /** Records this sentence's references (explicit and virtual) as the most recent ones. */
    void advance(List<SentenceMention> all) {
        for (SentenceMention m : all) {
            Latest l = latest.computeIfAbsent(m.type(), t -> new Latest());
            l.mention = m;
            l.sentence = sentenceIndex;
            // a committee proper wins over a whole chamber ("the Senate") named after it in the same stretch
            if (isCommittee(m) && !(!m.label().contains("Committee") && !m.label().contains("Caucus")
                    && lastCommittee != null && !lastCommittee.label().equals(m.label())
                    && sentenceIndex - committeeSeen <= WINDOW_DEFAULT
                    && (lastCommittee.label().contains("Committee") || lastCommittee.label().contains("Caucus")))) {
                lastCommittee = m;
                committeeSeen = sentenceIndex;
            }
            if (m.is(EntityTypes.ORGANIZATION) && m.cartel()) cartels.put(m.key(), m);
        }
        boolean anyVirtual = false, anyExplicit = false;
        for (SentenceMention m : all) {
            if (m.virtual()) anyVirtual = true;
            else anyExplicit = true;
        }
        if (anyExplicit) {
            if (!anyVirtual) {
                previous = all;
            } else {
                List<SentenceMention> explicit = new ArrayList<>(all.size());
                for (SentenceMention m : all) if (!m.virtual()) explicit.add(m);
                previous = explicit;
            }
        }
        sentenceIndex++;
    }

    SentenceMention recent(String type, int window) {
        Latest l = latest.get(type);
        if (l == null || sentenceIndex - l.sentence > window) return null;
        return l.mention;
    }

    SentenceMention lastCommittee() {
        return sentenceIndex - committeeSeen <= WINDOW_DEFAULT ? lastCommittee : null;
    }

    static boolean isCommittee(SentenceMention m) {
        return m.committee();
    }

    /** A congressional committee, caucus or chamber (worked out once per entity, see {@link SentenceMention#of}). */
    static boolean isCommittee(String type, String l) {
        return EntityTypes.AGENCY.equals(type) && (l.contains("Committee") || l.contains("Caucus") || l.contains("Subcommittee")
                || l.endsWith("Congress") || l.contains("House of Representatives") || l.endsWith("Senate"));
    }

    private SentenceMention topic() {
        return firstOf(previous, EntityTypes.LAW, EntityTypes.OPERATION, EntityTypes.AGENCY, EntityTypes.ORGANIZATION, EntityTypes.MARKETPLACE);
    }

    private static SentenceMention firstOf(List<SentenceMention> ms, String... types) {
        for (SentenceMention m : ms) {
            for (String t : types) if (m.is(t)) return m;
        }
        return null;
    }

    private static boolean none(List<SentenceMention> ms, String type) {
        for (SentenceMention m : ms) if (m.is(type)) return false;
        return true;
    }

    private static boolean noneOf(List<SentenceMention> ms, String type, int before) {
        for (SentenceMention m : ms) if (m.is(type) && m.start() < before) return false;
        return true;
    }

    private static SentenceMention at(Sentence s, int a, int b, SentenceMention ref) {
        return ref.at(s.start() + a, s.start() + b, true);
    }
}
