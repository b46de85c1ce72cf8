package org.policygraph.extract;

import static org.policygraph.extract.EntityTypes.AGENCY;
import static org.policygraph.extract.EntityTypes.COUNTRY;
import static org.policygraph.extract.EntityTypes.DRUG;
import static org.policygraph.extract.EntityTypes.LAW;
import static org.policygraph.extract.EntityTypes.MARKETPLACE;
import static org.policygraph.extract.EntityTypes.OPERATION;
import static org.policygraph.extract.EntityTypes.ORGANIZATION;
import static org.policygraph.extract.EntityTypes.PERSON;
import static org.policygraph.extract.RelationPatterns.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.model.RelationType;

/** Applies every relation pattern to one sentence's mentions (explicit and virtual, in text order). */
final class SentenceRelations {
    private final String doc;
    private final List<Token> toks;
    private final Sentence s;
    private final List<SentenceMention> ms;
    private final RelationRules.Out out;
    private final Lexicon lex;
    private final Gazetteer gazetteer;
    private final Discourse discourse;
    private final Map<String, FoundEntity> entities;
    private final List<Candidate> accepted;
    private final KeyUnion union;

    SentenceRelations(String doc, Sentence s, List<Token> toks, List<SentenceMention> ms, RelationRules.Out out, Lexicon lex,
            Gazetteer gazetteer, Discourse discourse, Map<String, FoundEntity> entities, List<Candidate> accepted, KeyUnion union) {
        this.toks = toks;
        this.doc = doc;
        this.s = s;
        this.ms = ms;
        this.out = out;
        this.lex = lex;
        this.gazetteer = gazetteer;
        this.discourse = discourse;
        this.entities = entities;
        this.accepted = accepted;
        this.union = union;
        this.lower = s.text().toLowerCase(java.util.Locale.ROOT);
        int m = 0;
        for (SentenceMention x : ms) m |= bit(x.type());
        this.typeMask = m;
    }

    private final int typeMask;

    private static int bit(String type) {
        return switch (type) {
            case AGENCY -> 1;
            case LAW -> 1 << 1;
            case OPERATION -> 1 << 2;
            case COUNTRY -> 1 << 3;
            case PERSON -> 1 << 4;
            case ORGANIZATION -> 1 << 5;
            case DRUG -> 1 << 6;
            case MARKETPLACE -> 1 << 7;
            default -> 0;
        };
    }

    /** Whether any mention (explicit or virtual) of these types is in the sentence. */
    private boolean has(String... types) {
        for (String t : types) if ((typeMask & bit(t)) != 0) return true;
        return false;
    }

    private final String lower;

    // the words each family of patterns needs somewhere in the sentence before it is worth trying
    private static final String[] PARTNER_WORDS = {"partner", "collaborat", "cooperat", "coordinat", "work", "team", "joined",
        "alongside", "together", "help", "support", "assist", "aided", "shar", "signed", "allied", "liais", "employ", "joint"};
    private static final String[] NAMING_WORDS = {"known as", "called", "dubbed", "named", "titled", "referred to as"};
    private static final String[] TESTIMONY_WORDS = {"testif", "witness", "told the", "appeared", "gave the", "before the",
        "briefed", "hearing"};
    private static final String[] INCLUDES_WORDS = {"includ", "overs", "hous", "compris", "contain", "runs", "created",
        "establish"};
    private static final String[] LEADS_WORDS = {"lead", "led ", "head", "chair", "direct", "overs", "spear", "run", "ran "};
    private static final String[] MUTUAL_WORDS = {"together", "cooperating", "collaborating", "partnering", "jointly", "teaming",
        "joining forces", "in talks"};
    private static final String[] SOURCE_WORDS = {"from", "source", "supplier", "producer", "origin"};
    private static final String[] ROUTE_PREPOSITIONS = {"from", "into", " to ", "via", "through", "toward", "reach"};

    void run() {
        if (ms.size() >= 2) {
            pairwise();
            if (hasWord(LIST_PARTNER_WORDS)) partners();
            if (hasWord(LIST_NAMING_WORDS)) knownAs();
            members();
            lawRelations();
            targets();
            sources();
            routes();
            locatedIn();
            knownHierarchy();
        }
        if (lower.contains("-led")) ledByHyphen();
        testimony();
        participants();
        subUnits();
    }

    /** The text right before a mention ends like a PART_OF phrase ("... of the ", "... within "). */
    private boolean endsWithPrepositionAt(SentenceMention b) {
        int end = b.start() - s.start();
        return endsWithPreposition(lower, Math.max(0, end - 14), end);
    }

    /**
     * PART_OF phrases end in "of / within / under / in / inside / at / to", maybe followed by "the" and "U.S.".
     * Reads {@code text} between {@code from} and {@code end} in place.
     */
    private static boolean endsWithPreposition(String text, int from, int end) {
        int e = end;
        if (endsAt(text, from, e, "u.s. ") || endsAt(text, from, e, "us ")) {
            int space = text.lastIndexOf(' ', e - 2);
            e = space < from ? from : space + 1;
        }
        if (endsAt(text, from, e, " the ")) e -= 4;
        return endsAt(text, from, e, " of ") || endsAt(text, from, e, " within ") || endsAt(text, from, e, " under ")
                || endsAt(text, from, e, " in ") || endsAt(text, from, e, " inside ") || endsAt(text, from, e, " at ")
                || endsAt(text, from, e, " to ");
    }

    private static boolean endsAt(String text, int from, int end, String suffix) {
        return end - from >= suffix.length() && text.startsWith(suffix, end - suffix.length());
    }

    /** Whether the sentence contains a word of one of the {@link #WORD_LISTS} (see {@link WordSets}). */
    private boolean hasWord(int list) {
        if (wordMask < 0) wordMask = WORD_LISTS.scan(lower);
        return (wordMask & (1 << list)) != 0;
    }

    private int wordMask = -1;

    // the literal parts of the anchored INCLUDES and LEADS patterns (RelationPatterns), checked before them
    static final String[] INCLUDES_CONNECTORS = {"which", "that"};
    static final String[] INCLUDES_VERBS = {"includes", "oversees", "houses", "comprises", "contains", "runs", "created",
        "established"};
    static final String[] LEADS_CONNECTORS = {"which ", "that ", "who "};
    static final String[] CONDUCTS_CONNECTORS = {"has ", "have ", "had ", "which ", "that "};
    static final String[] CONDUCTS_VERBS = {"conducted", "launched", "carried out", "ran", "run", "executed", "mounted", "initiated",
        "organized", "organised", "orchestrated", "staged", "began", "started"};
    static final String[] LEADS_VERBS = {"leads", "led", "heads", "headed", "chairs", "chaired", "directs", "directed",
        "spearheads", "spearheaded", "runs", "ran"};

    /**
     * Whether a lower-case gap starts like {@code ^\\s*,?\\s*(?:CONNECTOR)?\\s*VERB} (the {@code \\s*} after the
     * connector only when {@code spaceAfterConnector}): a necessary condition of the anchored patterns, cheap to test.
     */
    static boolean verbAfterLead(String gap, String[] connectors, boolean spaceAfterConnector, String[] verbs) {
        int k = skipSpaces(gap, 0);
        if (k < gap.length() && gap.charAt(k) == ',') k = skipSpaces(gap, k + 1);
        for (String c : connectors) {
            if (gap.startsWith(c, k)) {
                int after = k + c.length();
                if (spaceAfterConnector) after = skipSpaces(gap, after);
                for (String v : verbs) if (gap.startsWith(v, after)) return true;
                break; // the regex would have to take the connector (no verb starts with one)
            }
        }
        for (String v : verbs) if (gap.startsWith(v, k)) return true;
        return false;
    }

    private static int skipSpaces(String s, int k) {
        while (k < s.length() && RegexChars.isSpace(s.charAt(k))) k++;
        return k;
    }

    /**
     * Whether a lower-case gap ends like {@code by\\s+(?:the\\s+)?(?:u\\.s\\.\\s+|us\\s+)?$}: a necessary
     * condition of the "overseen/led/conducted by" patterns, read from the end.
     */
    static boolean endsWithBy(String gap) {
        int e = trailingSpaces(gap, gap.length());
        if (e == gap.length()) return false; // "by\\s+": whitespace at the end
        e = beforeTheUs(gap, e);
        return e >= 3 && gap.startsWith(" by", e - 3);
    }

    /**
     * Where {@link RelationPatterns#THE} would start if it ends at {@code e} ({@code (?:the\\s+)?(?:U\\.S\\.\\s+|US\\s+)?},
     * any case, the whitespace after the last word already left out): before an optional "U.S."/"US" and "the".
     */
    private static int beforeTheUs(String s, int e) {
        int before = stripWord(s, e, "u.s.");
        e = before != e ? before : stripWord(s, e, "us");
        return stripWord(s, e, "the");
    }

    /** If the text before {@code e} is whitespace and {@code w} (any case), where that whitespace starts; else {@code e}. */
    private static int stripWord(String s, int e, String w) {
        int start = e - w.length();
        if (start >= 1 && s.regionMatches(true, start, w, 0, w.length()) && RegexChars.isSpace(s.charAt(start - 1))) {
            return trailingSpaces(s, start);
        }
        return e;
    }

    private static int trailingSpaces(String s, int e) {
        while (e > 0 && RegexChars.isSpace(s.charAt(e - 1))) e--;
        return e;
    }

    private String between(SentenceMention a, SentenceMention b) {
        return a.end() <= b.start() ? doc.substring(a.end(), b.start()) : "";
    }

    private String sentenceBefore(SentenceMention m, int max) {
        return doc.substring(Math.max(s.start(), m.start() - max), m.start());
    }

    // ---- patterns on the text between two mentions ----

    private void pairwise() {
        // which phrase families the sentence contains at all, so pairs need not look for the others
        boolean sentenceBy = lower.contains(" by ");
        boolean sentenceIncludes = hasWord(LIST_INCLUDES_WORDS);
        boolean sentenceLeads = hasWord(LIST_LEADS_WORDS);
        for (int i = 0; i < ms.size(); i++) {
            SentenceMention a = ms.get(i);
            for (int j = i + 1; j < ms.size() && j <= i + 3; j++) {
                SentenceMention b = ms.get(j);
                if (b.start() - a.end() > 90 || a.end() > b.start()) continue;
                if (b.start() - a.end() > 3 && !sentenceBy && !sentenceIncludes && !sentenceLeads
                        && !lower.startsWith(" of ", b.start() - s.start() - 4) && !lower.startsWith(" in ", b.start() - s.start() - 4)
                        && !a.is(OPERATION) && !b.is(OPERATION) && !endsWithPrepositionAt(b)) {
                    continue;
                }
                String gap = lower.substring(a.end() - s.start(), b.start() - s.start());
                if (gap.indexOf(';') >= 0) continue;
                if (gap.length() <= 3) {
                    if (isPossessiveGap(gap) || (gap.equals(" ") && isAcronym(a) && a.is(AGENCY))) possessive(a, b);
                    continue;
                }
                String g = gap;
                boolean by = sentenceBy && endsWithBy(g) && g.contains(" by ");
                if (endsWithPreposition(lower, a.end() - s.start(), b.start() - s.start()) && PartOfPhrase.matches(g)) partOf(a, b);
                if (by && startsLike(OVERSEEN_BY, gap)) partOf(a, b);
                if (a.is(OPERATION) && b.isAny(AGENCY, ORGANIZATION) && APPOSITIVE_ARTICLE.matcher(gap).matches()
                        && OPERATION_NOUN_AFTER.matcher(doc.substring(b.end(), Math.min(s.end(), b.end() + 30))).lookingAt()) {
                    out.add(a, b, RelationType.CONDUCTED_BY); // "Operation X, a JCODE operation"
                }
                if (sentenceIncludes && verbAfterLead(g, INCLUDES_CONNECTORS, true, INCLUDES_VERBS) && startsLike(INCLUDES, gap)) partOf(b, a);
                if (by && startsLike(LED_BY, gap) && a.isAny(AGENCY, OPERATION, ORGANIZATION)) out.add(a, b, RelationType.LED_BY);
                if (sentenceLeads && verbAfterLead(g, LEADS_CONNECTORS, false, LEADS_VERBS) && startsLike(LEADS, gap)
                        && b.isAny(AGENCY, OPERATION, ORGANIZATION) && !modifiesNoun(b)) out.add(b, a, RelationType.LED_BY);
                if (by && a.is(OPERATION) && startsLike(CONDUCTED_BY, gap)) listFrom(j, AGENCY, ORGANIZATION, COUNTRY).forEach(x -> out.add(a, x, RelationType.CONDUCTED_BY));
                if (b.is(OPERATION) && a.isAny(AGENCY, ORGANIZATION, COUNTRY) && verbAfterLead(g, CONDUCTS_CONNECTORS, false, CONDUCTS_VERBS)
                        && startsLike(CONDUCTS, gap)) out.add(b, a, RelationType.CONDUCTED_BY);
            }
        }
    }

    private void possessive(SentenceMention owner, SentenceMention owned) {
        if (owner.is(AGENCY) && owned.is(AGENCY)) out.add(owned, owner, RelationType.PART_OF);
        else if (owner.is(COUNTRY) && owned.isAny(AGENCY, ORGANIZATION, MARKETPLACE)) out.add(owned, owner, RelationType.LOCATED_IN);
        else if (owner.isAny(AGENCY, ORGANIZATION) && owned.is(OPERATION)) out.add(owned, owner, RelationType.CONDUCTED_BY);
        else if (owner.isAny(AGENCY, ORGANIZATION) && owned.is(PERSON)) out.add(owned, owner, RelationType.MEMBER_OF);
    }

    private void partOf(SentenceMention child, SentenceMention parent) {
        if (child.is(OPERATION) && parent.isAny(AGENCY, ORGANIZATION)) out.add(child, parent, RelationType.CONDUCTED_BY);
        else if (child.is(OPERATION) && parent.is(OPERATION)) out.add(child, parent, RelationType.PART_OF);
        else if (child.isAny(AGENCY, ORGANIZATION) && parent.isAny(AGENCY, ORGANIZATION)) out.add(child, parent, RelationType.PART_OF);
        else if (child.is(PERSON) && parent.isAny(AGENCY, ORGANIZATION)) out.add(child, parent, RelationType.MEMBER_OF);
        else if (child.is(COUNTRY) && parent.is(AGENCY)) out.add(child, parent, RelationType.MEMBER_OF);
    }

    private boolean isAcronym(SentenceMention m) {
        String t = doc.substring(m.start(), m.end());
        return t.length() <= 8 && t.equals(t.toUpperCase()) && !t.contains(" ");
    }

    /** "NTC-C leads CBP efforts": the mention is an adjective of the noun after it, not the object. */
    private static final Pattern NOUN_AFTER = Pattern.compile("^\\s+(?!and\\b|or\\b|in\\b|on\\b|at\\b|to\\b|with\\b|for\\b|from\\b|as\\b|since\\b)[a-z]+");
    private static final Pattern CRIMINAL_GROUP = Pattern.compile("(?i)cartel|clan|gang|zetas|mafia|syndicate|federation|triad|brotherhood|'ndrangheta|camorra");
    private static final Pattern APPOSITION_START = Pattern.compile(",\\s+(?:an?|the)\\s+$");
    private static final Pattern APPOSITIVE_ARTICLE = Pattern.compile("^\\s*,\\s+(?:an?|the)\\s+(?:[a-z-]+\\s+){0,2}$");
    private static final Pattern OPERATION_NOUN_AFTER = Pattern.compile("^[’'s-]*(?:led)?\\s+(?:[a-z-]+\\s+){0,2}?(?:operation|investigation|initiative|program|effort|case|sweep|crackdown|takedown)\\b");
    private static final Pattern INCLUDES_LEAD = Pattern.compile("(?i)\\b(?:includes|included|has|houses|housed|runs|oversees|created|"
            + "established|set up|launched|formed)\\b(?!.*\\b(?:includes|has|houses|runs|oversees|created|established|launched|formed)\\b)");
    /** ", the Assistant Director of Domestic Operations, " before the organisation's name. */
    private static final Pattern TITLED_APPOSITION = Pattern.compile("^,\\s+(?:(?:the|a|an|former|acting)\\s+)*[A-Z][\\w.-]*(?:\\s+[\\w.-]+){0,7},\\s+(?:the\\s+)?$");
    /** "chief of the FBI's Hi-Tech Unit": the person belongs to the unit too. */
    private static final Pattern POSSESSED_BY_PREVIOUS = Pattern.compile("\\b(?:of|for|at|with|in)\\s+(?:the\\s+)?\\S+[’']s?\\s+$");
    private static final Pattern LED_BY_TAIL = Pattern.compile("(?i)\\bled by\\s+(?:the\\s+)?$");

    private boolean modifiesNoun(SentenceMention m) {
        String after = doc.substring(m.end(), Math.min(s.end(), m.end() + 20));
        return NOUN_AFTER.matcher(after).lookingAt();
    }

    /** The mention at index i and the ones listed after it ("A, B, and C"). */
    private List<SentenceMention> listFrom(int i, String... types) {
        List<SentenceMention> list = new ArrayList<>();
        SentenceMention prev = null;
        for (int k = i; k < ms.size(); k++) {
            SentenceMention m = ms.get(k);
            if (prev != null) {
                String gap = between(prev, m);
                if (!LIST_GAP.matcher(gap).matches()) break;
            }
            if (m.isAny(types)) list.add(m);
            prev = m;
        }
        return list;
    }

    private int firstAfter(int offset) {
        for (int k = 0; k < ms.size(); k++) if (ms.get(k).start() >= offset) return k;
        return -1;
    }

    private SentenceMention lastBefore(int offset, int maxGap, String... types) {
        SentenceMention best = null;
        for (SentenceMention m : ms) {
            if (m.end() <= offset && offset - m.end() <= maxGap && m.isAny(types)) best = m;
        }
        if (best != null && doc.substring(best.end(), offset).contains(";")) return null;
        return best;
    }

    // ---- partnership ----

    /** Words that say "partners with" when "with" follows within a few words. */
    private static final String[] WITH_VERBS = {"partner", "collaborat", "cooperat", "coordinat", "work", "shar", "signed",
        "allied", "liais", "teamed", "joined"};
    /** Phrases that say it on their own. */
    private static final String[] PARTNER_PHRASES = {"in partnership with", "in collaboration with", "in cooperation with",
        "in coordination with", "alongside", "together with", "with the help of", "with help from", "with the support of",
        "with support from", "with the assistance of", "with assistance from", "assisted by", "aided by", "supported by"};

    private void partners() {
        List<int[]> triggers = new ArrayList<>();
        for (int[] t : hits().find(WITH_VERB)) {
            int w = lower.indexOf(" with ", t[1] - 1);
            if (w >= 0 && w - t[1] <= 28 && lower.substring(t[1], w).split(" ").length <= 4) triggers.add(new int[] {t[0], w + 5});
        }
        for (String p : PARTNER_PHRASES) {
            for (int k = lower.indexOf(p); k >= 0; k = lower.indexOf(p, k + 1)) triggers.add(new int[] {k, k + p.length()});
        }
        for (int[] trig : triggers) {
            int trigStart = s.start() + trig[0], trigEnd = s.start() + trig[1];
            SentenceMention subject = lastBefore(trigStart, 160, AGENCY, COUNTRY, ORGANIZATION, OPERATION);
            int k = firstAfter(trigEnd);
            if (subject == null || k < 0) continue;
            SentenceMention first = ms.get(k);
            if (!OBJECT_GAP.matcher(doc.substring(trigEnd, first.start())).matches()) continue;
            for (SentenceMention o : listFrom(k, AGENCY, COUNTRY, ORGANIZATION)) {
                out.add(subject, o, subject.is(OPERATION) ? RelationType.PARTICIPANT : RelationType.PARTNERS_WITH);
            }
        }
        // "employs two USPIS inspectors": a body staffed by another works with it
        for (int[] t : hits().find(EMPLOY)) {
            SentenceMention subject = lastBefore(s.start() + t[0], 80, AGENCY, ORGANIZATION);
            int k = firstAfter(s.start() + t[1]);
            if (subject == null || k < 0 || ms.get(k).start() - (s.start() + t[1]) > 30) continue;
            SentenceMention o = ms.get(k);
            if (o.isAny(AGENCY, ORGANIZATION)) out.add(subject, o, RelationType.PARTNERS_WITH);
        }
        // "the United States and Mexico are working together"
        boolean mutual = hasWord(LIST_MUTUAL_WORDS);
        for (int i = 0; mutual && i + 1 < ms.size(); i++) {
            List<SentenceMention> list = listFrom(i, AGENCY, COUNTRY, ORGANIZATION);
            if (list.size() < 2) continue;
            SentenceMention last = list.get(list.size() - 1);
            String after = doc.substring(last.end(), Math.min(s.end(), last.end() + 60));
            if (MUTUAL.matcher(after).lookingAt()) pairs(list, RelationType.PARTNERS_WITH);
            i += list.size() - 1;
        }
        Matcher j = JOINT.matcher("");
        for (int i = 0; i < ms.size() && lower.contains("joint"); i++) {
            String before = sentenceBefore(ms.get(i), 60);
            if (j.reset(before).find()) pairs(listFrom(i, AGENCY, COUNTRY, ORGANIZATION), RelationType.PARTNERS_WITH);
        }
    }

    private void pairs(List<SentenceMention> list, String type) {
        for (int a = 0; a < list.size(); a++) {
            for (int b = a + 1; b < list.size(); b++) out.add(list.get(a), list.get(b), type);
        }
    }

    // ---- leadership and naming ----

    /** "the FBI-led operation", "a DEA-led task force known as ..." */
    private void ledByHyphen() {
        for (int i = 0; i < ms.size(); i++) {
            SentenceMention leader = ms.get(i);
            String after = doc.substring(leader.end(), Math.min(s.end(), leader.end() + 60));
            if (!X_LED.matcher(after).lookingAt()) continue;
            String rest = after.substring(4);
            SentenceMention led = null;
            String lead = sentenceBefore(leader, 12);
            if (i > 0 && APPOSITION_START.matcher(lead).find() && LED_APPOSITION_GAP.matcher(between(ms.get(i - 1), leader).trim()).matches()) {
                led = ms.get(i - 1); // "JCODE, an FBI-led team"
            } else if (i + 1 < ms.size() && startsAfterArticle(rest,
                    doc.substring(ms.get(i + 1).start(), Math.min(ms.get(i + 1).end(), ms.get(i + 1).start() + 30)).split(" ")[0])) {
                led = ms.get(i + 1); // "the DEA-led JCODE"
            }
            if (led == null || !led.isAny(OPERATION, AGENCY, ORGANIZATION)) {
                if (LED_OPERATION_NOUN.matcher(rest).matches()) {
                    led = ms.stream().filter(x -> x.is(OPERATION)).findFirst().orElse(discourse.recent(OPERATION, Discourse.WINDOW_DEFAULT));
                }
            }
            if (led != null && !led.key().equals(leader.key())) out.add(led, leader, RelationType.LED_BY);
        }
    }

    private static final Pattern LED_APPOSITION_GAP = Pattern.compile("\\)?\\s*,\\s*(?:an?|the)");
    private static final Pattern LED_OPERATION_NOUN = Pattern.compile(
            "(?is)^\\s*(?:international\\s+|global\\s+|joint\\s+|multinational\\s+)?(?:operation|crackdown|takedown|sweep).*");

    /** {@code text} is, after spaces and maybe "the", {@code word} and whatever follows. */
    private static boolean startsAfterArticle(String text, String word) {
        int i = 0, n = text.length();
        while (i < n && Character.isWhitespace(text.charAt(i))) i++;
        if (text.startsWith(word, i)) return true;
        if (!text.startsWith("the", i)) return false;
        int k = i + 3;
        if (k >= n || !Character.isWhitespace(text.charAt(k))) return false;
        while (k < n && Character.isWhitespace(text.charAt(k))) k++;
        return text.startsWith(word, k);
    }

    /** "part of a Treasury program led by the IRS known as the Harbor Ledger Task Force" */
    private void knownAs() {
        for (int k = 0; k < ms.size(); k++) {
            SentenceMention named = ms.get(k);
            String before = sentenceBefore(named, 200);
            Matcher ka = KNOWN_AS.matcher(before);
            if (!ka.find()) continue;
            int phraseStart = named.start() - before.length() + ka.start();
            String lead = before.substring(0, ka.start());
            // "led by B" inside the description
            Matcher led = LED_BY_TAIL.matcher("");
            for (SentenceMention m : ms) {
                if (m.end() > phraseStart || m == named) continue;
                String pre = doc.substring(Math.max(s.start(), m.start() - 20), m.start());
                if (led.reset(pre).find() && phraseStart - m.end() < 20) out.add(named, m, RelationType.LED_BY);
                // an agency used as the modifier of the program noun: "a Treasury program"
                String post = doc.substring(m.end(), Math.min(phraseStart, m.end() + 40));
                if (m.isAny(AGENCY, ORGANIZATION) && PROGRAM_NOUN.matcher(post).find() && !post.contains(",")) {
                    partOf(named, m);
                }
            }
            // "X includes a division referred to as Y": Y is part of X
            Matcher inc = INCLUDES_LEAD.matcher(lead);
            if (inc.find() && named.is(AGENCY)) {
                int at = named.start() - before.length() + inc.start();
                SentenceMention owner = lastBefore(at, 60, AGENCY, ORGANIZATION);
                if (owner != null) out.add(named, owner, RelationType.PART_OF);
            }
            // "X was part of ... known as Y": X is part of Y
            int po = lead.toLowerCase().lastIndexOf("part of");
            if (po >= 0) {
                int partOfAt = named.start() - before.length() + po;
                SentenceMention subject = lastBefore(partOfAt, 80, OPERATION, AGENCY, ORGANIZATION, LAW);
                if (subject != null) partOf(subject, named);
            }
        }
    }

    // ---- operations ----

    private static final String[] PARTICIPATION_STEMS = {"involv", "participat", "took part", "take part", "taking part",
        "joined", "collaborat", "partner", "cooperat", "assist", "support", "coordinat", "spanned", "contribut",
        "authorities in", "police in", "agencies in", "officers from", "agencies from", "countries", "nations", "worked with",
        "arrest", "raid"};

    /** How many sentences after an operation a bare list of countries may still belong to it. */
    static final int CONTEXT_WINDOW_DEFAULT = 4;
    private static final String[] CONTEXT_PARTICIPATION_STEMS = {"involv", "participat", "took part", "take part", "taking part",
        "joined", "collaborat", "cooperat", "assisted", "authorities in", "police in", "agencies in", "officers from",
        "agencies from", "raids in", "arrests in"};

    private void participants() {
        if (!has(COUNTRY, AGENCY, ORGANIZATION)) return;
        SentenceMention op = null;
        for (SentenceMention m : ms) if (m.is(OPERATION)) op = op == null ? m : op;
        boolean explicit = op != null;
        if (!explicit) {
            // only a nearby operation, and only with words that clearly say "took part"
            op = discourse.recent(OPERATION, CONTEXT_WINDOW_DEFAULT);
            if (op == null || !hasWord(LIST_CONTEXT_PARTICIPATION_STEMS)) return;
        } else if (!hasWord(LIST_PARTICIPATION_STEMS)) {
            return;
        }
        if (op == null) return;
        for (SentenceMention m : ms) {
            if (m.is(COUNTRY) && !m.virtual()) out.add(op, m, RelationType.PARTICIPANT);
        }
        // agencies named after "involved", "assisted", "took part" ... take part in it too
        for (int[] t : hits().find(AGENCY_PARTICIPATION)) {
            for (SentenceMention m : ms) {
                if (!m.isAny(AGENCY, ORGANIZATION) || m.virtual()) continue;
                int rel = m.start() - s.start();
                boolean after = rel > t[1] && rel - t[1] < 120;
                boolean subjectOf = rel < t[0] && t[0] - (m.end() - s.start()) < 40 && onlyLowerWords(lower, m.end() - s.start(), t[0]);
                boolean leads = out.has(op.key(), m.key(), RelationType.LED_BY) || out.has(op.key(), m.key(), RelationType.CONDUCTED_BY);
                if ((after || subjectOf) && !leads) out.add(op, m, RelationType.PARTICIPANT);
            }
        }
    }

    private static final String[] AGENCY_PARTICIPATION_STEMS = {"involv", "participat", "took part", "take part", "joined",
        "assist", "contribut", "included"};

    // ---- people ----

    private void members() {
        boolean blockWords = hasWord(LIST_MEMBER_BLOCK_WORDS); // without one, MEMBER_BLOCK cannot match any gap
        for (int i = 0; i < ms.size(); i++) {
            SentenceMention p = ms.get(i);
            if (!p.is(PERSON) || p.virtual()) continue;
            // PERSON ... of/for/at ORG
            // "Sen. X, the committee's chairman"
            if (i + 1 < ms.size() && ms.get(i + 1).virtual() && ms.get(i + 1).is(AGENCY)
                    && COMMA_SPACE.matcher(between(p, ms.get(i + 1))).matches() && doc.startsWith("’s", ms.get(i + 1).end())
                    || i + 1 < ms.size() && ms.get(i + 1).virtual() && ms.get(i + 1).is(AGENCY)
                    && COMMA_SPACE.matcher(between(p, ms.get(i + 1))).matches() && doc.startsWith("'s", ms.get(i + 1).end())) {
                out.add(p, ms.get(i + 1), RelationType.MEMBER_OF);
            }
            for (int j = i + 1; j < ms.size(); j++) {
                SentenceMention o = ms.get(j);
                if (o.is(PERSON)) break;
                if (!o.isAny(AGENCY, ORGANIZATION) || o.virtual()) continue;
                String gap = between(p, o);
                if (gap.length() > 200 || (blockWords && MEMBER_BLOCK.matcher(gap).find())) break;
                if ((endsWithMemberTail(gap) && MEMBER_TAIL.matcher(gap).find())
                        || (gap.startsWith(",") && TITLED_APPOSITION.matcher(gap).matches() && hasTitleWord(gap))
                        || (j > i + 1 && ms.get(j - 1).isAny(AGENCY, ORGANIZATION) && POSSESSED_BY_PREVIOUS.matcher(gap).find())) {
                    out.add(p, o, RelationType.MEMBER_OF);
                }
            }
            // ORG [title words] PERSON: "USPS Spokeswoman Kim Frum", "FBI Deputy Director Paul Abbate"
            if (i > 0) {
                SentenceMention o = ms.get(i - 1);
                String gap = between(o, p);
                if (o.isAny(AGENCY, ORGANIZATION) && TITLE_BRIDGE.matcher(gap).matches() && hasTitleWord(gap)) out.add(p, o, RelationType.MEMBER_OF);
            }
            // titles that imply the body: "Attorney General Odile Brennick"
            String before = sentenceBefore(p, 50);
            for (Map.Entry<String, String> t : lex.titleToAgency.entrySet()) {
                int at = before.length() - t.getKey().length() - 1;
                if (at >= 0 && before.charAt(before.length() - 1) == ' ' && before.startsWith(t.getKey(), at)) {
                    String key = gazetteer.keyFor(t.getValue());
                    String root = union.find(key);
                    if (entities.containsKey(root)) out.add(p.key(), root, RelationType.MEMBER_OF);
                }
            }
        }
    }

    private static final Pattern COMMA_SPACE = Pattern.compile(",\\s*");
    private static final Pattern TITLE_WORD_SPLIT = Pattern.compile("[\\s’']+");

    private static final String[] MEMBER_TAIL_WORDS = {"of", "for", "at", "with", "from", "on", "joined", "joins", "heads",
        "leads", "directs", "runs", "inside", "within"};
    static final String[] MEMBER_BLOCK_WORDS = {"said", "says", "told", "tells", "announced", "according", "reported", "wrote",
        "argued", "warned", "added", "claimed"};

    /**
     * Whether a gap ends like {@code \\b(?:of|for|...|within)\\s+(?:the\\s+)?(?:U\\.S\\.\\s+|US\\s+)?$} (any
     * case): a necessary condition of {@link RelationPatterns#MEMBER_TAIL}, read from the end.
     */
    static boolean endsWithMemberTail(String gap) {
        int e = trailingSpaces(gap, gap.length());
        if (e == gap.length()) return false;
        e = beforeTheUs(gap, e);
        for (String w : MEMBER_TAIL_WORDS) {
            int start = e - w.length();
            if (start < 0 || !gap.regionMatches(true, start, w, 0, w.length())) continue;
            if (start == 0 || !RegexChars.isWordChar(gap.charAt(start - 1))) return true;
        }
        return false;
    }



    private boolean hasTitleWord(String gap) {
        for (String w : TITLE_WORD_SPLIT.split(gap)) if (lex.titleWords.contains(w.replace(".", ""))) return true;
        return false;
    }

    private boolean hasCommittee() {
        for (SentenceMention m : ms) if (m.committee()) return true;
        return false;
    }

    private void testimony() {
        // nothing to say without a person and a committee in reach: decide that before running the regex
        if (!has(PERSON) && discourse.recent(PERSON, 2) == null) return;
        if (!hasCommittee() && discourse.lastCommittee() == null) return;
        if (!hasWord(LIST_TESTIMONY_WORDS)) return;
        Matcher t = TESTIFY.matcher(s.text());
        if (!t.find()) return;
        SentenceMention person = ms.stream().filter(m -> m.is(PERSON)).findFirst().orElse(discourse.recent(PERSON, 2));
        SentenceMention committee = ms.stream().filter(Discourse::isCommittee).findFirst().orElse(null);
        String trig = t.group().toLowerCase();
        if (committee == null && (trig.startsWith("testif") || trig.startsWith("witness"))) committee = discourse.lastCommittee();
        if (person != null && committee != null) out.add(person, committee, RelationType.TESTIFIED_BEFORE);
    }

    // ---- laws ----

    private void lawRelations() {
        if (!has(LAW)) return;
        List<SentenceMention> laws = ms.stream().filter(m -> m.is(LAW)).toList();
        String text = s.text();
        if (hasCommittee() && hits().any(CONSIDERING) && matches(CONSIDERS, text)) {
            ms.stream().filter(Discourse::isCommittee).forEach(c -> laws.forEach(l -> out.add(c, l, RelationType.CONSIDERS)));
        }
        // a pattern can only match between two names if the sentence has one of its words at all
        boolean regulates = hits().any(REGULATING), empowers = hits().any(EMPOWERING), funds = hits().any(FUNDING),
                enforces = hits().any(ENFORCING);
        if (!regulates && !empowers && !funds && !enforces) return;
        for (SentenceMention law : laws) {
            for (SentenceMention m : ms) {
                if (!m.isAny(AGENCY, ORGANIZATION) || Discourse.isCommittee(m)) continue;
                String span = m.start() > law.end() ? between(law, m) : between(m, law);
                if (span.length() > 160) continue;
                if (m.start() > law.end()) {
                    if (regulates && matches(REGULATES, span)) out.add(law, m, RelationType.REGULATES);
                    else if (empowers && matches(EMPOWERS, span)) out.add(law, m, "EMPOWERS");
                    else if (funds && matches(FUNDS, span)) out.add(law, m, RelationType.FUNDS);
                } else if (enforces && matches(ENFORCES, span)) {
                    out.add(m, law, RelationType.ENFORCES);
                }
            }
        }
    }

    private static final String[] TARGET_STEMS = {"target", "ban", "schedul", "add", "restrict", "criminaliz", "crack", "aim",
        "against", "combat", "dismantl", "took down", "take down", "taken down", "shut down", "shutting down", "seiz", "disrupt",
        "charg", "indict", "sanction", "designat", "prosecut", "investigat", "outlaw", "prohibit", "classif", "interdict",
        "curb", "stem", "fight", "tackl", "arrest", "extradit"};

    private void targets() {
        boolean subjects = has(LAW, OPERATION, AGENCY);
        boolean objects = has(DRUG, ORGANIZATION, MARKETPLACE, PERSON);
        if (!subjects || !objects) return;
        for (int[] t : hits().find(TARGETING)) {
            int trigStart = s.start() + t[0], trigEnd = s.start() + t[1];
            SentenceMention subject = lastBefore(trigStart, 140, LAW, OPERATION, AGENCY);
            if (subject == null) continue;
            boolean weak = AGENCY_TARGET_WEAK.matcher(lower.substring(t[0], t[1])).matches();
            if (subject.is(AGENCY) && weak) continue;
            for (SentenceMention o : ms) {
                if (o.start() < trigEnd || o.start() - trigEnd > 120) continue;
                boolean objectType = o.isAny(DRUG, ORGANIZATION, MARKETPLACE) || (o.is(PERSON) && subject.isAny(AGENCY, OPERATION));
                if (objectType && !o.key().equals(subject.key())) out.add(subject, o, RelationType.TARGETS);
            }
        }
    }

    /** The first words of each law pattern's phrases ({@link RelationPatterns}), to skip sentences without any. */
    private static final String[] CONSIDERS_WORDS = {"held", "hearing", "consider", "pass", "approv", "advanc", "marked up",
        "review", "debat", "introduc", "vot", "took up", "sponsor", "referred", "unveil", "drafted", "weighing"};
    private static final String[] REGULATES_WORDS = {"requir", "regulat", "mandat", "direct", "compel", "oblig", "aim",
        "would force", "impos", "governs", "restrict", "tighten", "oversight of", "collected by"};
    private static final String[] EMPOWERS_WORDS = {"give", "gave", "grant", "authori", "empower", "allow", "enabl", "permit",
        "expand", "broaden"};
    private static final String[] FUNDS_WORDS = {"fund", "grant", "financ", "bankroll", "allocat", "appropriat", "provid",
        "award"};
    private static final String[] ENFORCES_WORDS = {"enforc", "administer", "implement", "uphold", "appl", "invok",
        "under the authority of"};
    private static final String[] SUPPLY_WORDS = {"import", "export", "ship", "smuggl", "sourc", "suppl", "produc", "manufactur",
        "precursor", "originat", "com", "made", "synthesi", "sent", "traffick", "flow", "purchas", "bought", "obtain"};

    // ---- geography ----

    private void sources() {
        if (!has(COUNTRY) || !has(DRUG, ORGANIZATION)) return;
        if (!hasWord(LIST_SOURCE_WORDS)) return;
        String text = s.text();
        boolean supply = hits().any(SUPPLYING) && matches(SUPPLY, text);
        for (SentenceMention c : ms) {
            if (!c.is(COUNTRY) || c.virtual()) continue;
            String before = sentenceBefore(c, 30);
            String after = doc.substring(c.end(), Math.min(s.end(), c.end() + 50));
            boolean from = supply && lowerBefore(c, 30, "from") && FROM_BEFORE.matcher(before).find();
            boolean source = SOURCE_PHRASE.matcher(after).lookingAt();
            if (!from && !source) continue;
            // organisations (cartels) supplied from there, and the drug named nearest to the country
            SentenceMention drug = null;
            for (SentenceMention o : ms) {
                if (source && !from && o.start() < c.end()) continue;
                if (o.is(ORGANIZATION) && (o.virtual() || CRIMINAL_GROUP.matcher(o.label()).find()
                        || (o.end() <= c.start() && c.start() - o.end() < 100))) {
                    out.add(c, o, RelationType.SOURCE_OF); // the group supplied from there, not a newsroom quoted in passing
                }
                if (o.is(DRUG) && (drug == null || distance(o, c) < distance(drug, c))) drug = o;
            }
            if (drug != null) out.add(c, drug, RelationType.SOURCE_OF);
        }
    }

    private static final String[] ROUTE_STEMS = {"traffick", "smuggl", "ship", "mail", "rout", "flow", "mov", "transit",
        "getting", "sent", "import", "export", "enter", "cross", "funnel", "transport", "carried", "travel"};

    private static boolean onlyLowerWords(String lower, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = lower.charAt(k);
            if (c != ' ' && c != ',' && (c < 'a' || c > 'z')) return false;
        }
        return true;
    }

    private static int distance(SentenceMention a, SentenceMention b) {
        return a.start() > b.end() ? a.start() - b.end() : b.start() - a.end();
    }

    private void routes() {
        int named = 0;
        for (SentenceMention m : ms) if (m.is(COUNTRY) && !m.virtual()) named++;
        if (named < 2 || !hasWord(LIST_ROUTE_PREPOSITIONS) || !hasWord(LIST_ROUTE_STEMS)) return;
        List<SentenceMention> countries = new ArrayList<>(named);
        for (SentenceMention m : ms) if (m.is(COUNTRY) && !m.virtual()) countries.add(m);
        // each country takes the role of the preposition before it, or of the country it is listed with ("from A and B")
        List<SentenceMention> sources = new ArrayList<>(), vias = new ArrayList<>(), targets = new ArrayList<>();
        int role = 0;
        SentenceMention prev = null;
        for (SentenceMention c : countries) {
            String before = sentenceBefore(c, 25);
            boolean listed = prev != null && LIST_GAP.matcher(between(prev, c)).matches();
            if (lowerBefore(c, 25, "from") && FROM_BEFORE.matcher(before).find()) role = 1;
            else if (lowerBefore(c, 25, "via", "through", "by way of", "transiting") && VIA_BEFORE.matcher(before).find()) role = 2;
            else if (lowerBefore(c, 25, "to", "reach") && INTO_BEFORE.matcher(before).find()) role = 3;
            else if (!listed) role = 0;
            switch (role) {
                case 1 -> sources.add(c);
                case 2 -> vias.add(c);
                case 3 -> targets.add(c);
                default -> { }
            }
            prev = c;
        }
        List<SentenceMention> path = new ArrayList<>(vias);
        List<SentenceMention> starts = sources;
        for (SentenceMention v : path) {
            for (SentenceMention a : starts) out.add(a, v, RelationType.TRAFFICKING_ROUTE);
            starts = List.of(v);
        }
        // destinations in text order: "from A into B, then into C" is A→B→C
        for (SentenceMention t : targets) {
            for (SentenceMention a : starts) out.add(a, t, RelationType.TRAFFICKING_ROUTE);
            if (vias.isEmpty()) starts = List.of(t);
        }
    }

    private static final Pattern VIA_BEFORE = Pattern.compile("(?i)\\b(?:via|through|by way of|transiting)\\s+(?:the\\s+)?$");

    private void locatedIn() {
        if (!has(ORGANIZATION, MARKETPLACE) || !has(COUNTRY)) return;
        for (int i = 0; i < ms.size(); i++) {
            SentenceMention o = ms.get(i);
            if (!o.isAny(ORGANIZATION, MARKETPLACE)) continue;
            for (int j = i + 1; j < ms.size(); j++) {
                SentenceMention c = ms.get(j);
                if (!c.is(COUNTRY)) continue;
                String gap = between(o, c);
                Matcher b = BASED_IN.matcher(gap);
                if (gap.length() < 120 && b.find() && gap.length() - b.end() < 40) {
                    out.add(o, c, RelationType.LOCATED_IN);
                    break;
                }
            }
        }
        // "one of two major Mexican cartels": a demonym naming the group's country
        List<SentenceMention> groups = new ArrayList<>(2);
        for (SentenceMention m : ms) if (m.is(ORGANIZATION) && m.cartel()) groups.add(m);
        if (groups.isEmpty()) return;
        for (SentenceMention c : ms) {
            if (!c.is(COUNTRY) || c.virtual()) continue;
            String after = doc.substring(c.end(), Math.min(s.end(), c.end() + 40));
            if (GROUP_NOUN.matcher(after).lookingAt() && isDemonymMention(c)) groups.forEach(g -> out.add(g, c, RelationType.LOCATED_IN));
        }
    }

    private boolean isDemonymMention(SentenceMention c) {
        for (Candidate a : accepted) if (a.start == c.start() && a.end == c.end()) return a.demonym;
        return false;
    }

    // ---- knowledge ----

    /** Two bodies named together whose gazetteer entries say one is part of the other. */
    private void knownHierarchy() {
        for (SentenceMention a : ms) {
            GazetteerEntry e = entryOf(a);
            if (e == null || e.parent() == null || !a.is(AGENCY)) continue;
            String parent = e.parent();
            for (int depth = 0; depth < 3 && parent != null; depth++) {
                String root = union.find(gazetteer.keyFor(parent));
                for (SentenceMention b : ms) {
                    if (b.key().equals(root) && !b.virtual() && !a.virtual()) out.add(a, b, RelationType.PART_OF);
                }
                GazetteerEntry pe = gazetteer.entry(parent);
                parent = pe == null ? null : pe.parent();
            }
        }
    }

    private GazetteerEntry entryOf(SentenceMention m) {
        String k = m.key();
        return gazetteer.entryForKey(k);
    }

    /** "NTC – Cargo", "CBP Office of Field Operations": a name that starts with another body's acronym is part of it. */
    private void subUnits() {
        for (SentenceMention m : ms) {
            if (!m.is(AGENCY) || m.virtual() || m.end() - m.start() < 5) continue;
            int sp = 0;
            while (sp < m.end() - m.start() && Character.isUpperCase(doc.charAt(m.start() + sp))) sp++;
            if (sp < 2 || m.start() + sp >= m.end()) continue;
            char next = doc.charAt(m.start() + sp);
            if (next != ' ' && next != '-' && next != '–') continue;
            String first = doc.substring(m.start(), m.start() + sp);
            for (FoundEntity e : entities.values()) {
                if (e.key().equals(m.key()) || !AGENCY.equals(e.type())) continue;
                if (e.label().equals(first) || e.aliases().contains(first)) {
                    out.add(m.key(), e.key(), RelationType.PART_OF);
                    break;
                }
            }
        }
    }

    private static boolean matches(Pattern p, String s) {
        return p.matcher(s).find();
    }

    /** For patterns anchored with ^: the same answer as {@code find()}, without trying every later start. */
    private static boolean startsLike(Pattern p, String s) {
        return p.matcher(s).lookingAt();
    }

    /** {@code ^[’']s?\\s+$}: "’s ", "' " between an owner and what it owns. */
    private static boolean isPossessiveGap(String gap) {
        int n = gap.length();
        if (n < 2 || (gap.charAt(0) != '’' && gap.charAt(0) != '\'')) return false;
        int k = gap.charAt(1) == 's' ? 2 : 1;
        if (k >= n) return false;
        for (; k < n; k++) if (!RegexChars.isSpace(gap.charAt(k))) return false;
        return true;
    }


    /**
     * Whether the lower-case sentence has one of the words in the {@code max} characters before the mention: the
     * literal a case-insensitive "... before" pattern needs, checked before running it.
     */
    private boolean lowerBefore(SentenceMention m, int max, String... words) {
        int end = m.start() - s.start();
        int from = Math.max(0, end - max);
        for (String w : words) {
            int k = lower.indexOf(w, from);
            if (k >= 0 && k + w.length() <= end) return true;
        }
        return false;
    }

    // ---- trigger words: every family found in one pass per sentence ----

    private static final int WITH_VERB = 0;
    private static final int EMPLOY = 1;
    private static final int AGENCY_PARTICIPATION = 2;
    private static final int TARGETING = 3;
    private static final int CONSIDERING = 4;
    private static final int REGULATING = 5;
    private static final int EMPOWERING = 6;
    private static final int FUNDING = 7;
    private static final int ENFORCING = 8;
    private static final int SUPPLYING = 9;
    private static final Triggers TRIGGERS = new Triggers(WITH_VERBS, new String[] {"employ"}, AGENCY_PARTICIPATION_STEMS,
            TARGET_STEMS, CONSIDERS_WORDS, REGULATES_WORDS, EMPOWERS_WORDS, FUNDS_WORDS, ENFORCES_WORDS, SUPPLY_WORDS);

    private Triggers.Hits hits;

    private Triggers.Hits hits() {
        if (hits == null) hits = TRIGGERS.scan(lower, toks, s.start());
        return hits;
    }

    // ---- word lists asked of the whole sentence: every list answered in one pass ----

    private static final int LIST_PARTNER_WORDS = 0;
    private static final int LIST_NAMING_WORDS = 1;
    private static final int LIST_TESTIMONY_WORDS = 2;
    private static final int LIST_INCLUDES_WORDS = 3;
    private static final int LIST_LEADS_WORDS = 4;
    private static final int LIST_MUTUAL_WORDS = 5;
    private static final int LIST_CONTEXT_PARTICIPATION_STEMS = 6;
    private static final int LIST_PARTICIPATION_STEMS = 7;
    private static final int LIST_SOURCE_WORDS = 8;
    private static final int LIST_ROUTE_PREPOSITIONS = 9;
    private static final int LIST_ROUTE_STEMS = 10;
    private static final int LIST_MEMBER_BLOCK_WORDS = 11;
    private static final WordSets WORD_LISTS = new WordSets(PARTNER_WORDS, NAMING_WORDS, TESTIMONY_WORDS, INCLUDES_WORDS,
            LEADS_WORDS, MUTUAL_WORDS, CONTEXT_PARTICIPATION_STEMS, PARTICIPATION_STEMS, SOURCE_WORDS, ROUTE_PREPOSITIONS, ROUTE_STEMS,
            MEMBER_BLOCK_WORDS);
}
