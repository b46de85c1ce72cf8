package org.policygraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The hand-written scans that replaced regexes for speed must find exactly what the regexes found. Each is run
 * next to the regex it replaced, over sentences written for this test (including near misses).
 */
class FastScansTest {
    private static final List<String> SENTENCES = List.of(
            "The operation ended in May. The bill passed; the law enforcement action followed.",
            "Lawmakers said the lawmakers' committee and the subcommittee met; the panelists left.",
            "Bathe the sweep? Tithe the probe. the cartels and the cartel, The Cartel, the cartelsx.",
            "the enforcement action_ the measure2 the measure, other the investigation",
            "He said the caucus met. she noted the takedown and the crackdown!",
            "", "the", "the ", "The operation", "xthe bill", "_the bill", "the  bill");

    private static final Pattern DEFINITE = Pattern.compile("\\b[Tt]he (operation|takedown|crackdown|sweep|investigation|probe|"
            + "law enforcement action|enforcement action|bill|law|legislation|measure|committee|panel|subcommittee|caucus|cartels?)\\b");

    @Test
    void definiteNounsAsTheRegexFoundThem() {
        String[] nouns = {"operation", "takedown", "crackdown", "sweep", "investigation", "probe", "law enforcement action",
            "enforcement action", "bill", "law", "legislation", "measure", "committee", "panel", "subcommittee", "caucus", "cartels", "cartel"};
        for (String s : SENTENCES) {
            List<String> expected = new ArrayList<>();
            Matcher m = DEFINITE.matcher(s);
            while (m.find()) expected.add(m.start() + "-" + m.end() + ":" + m.group(1));
            List<String> actual = new ArrayList<>();
            for (int[] d = Discourse.definite(s, 0); d != null; d = Discourse.definite(s, d[1])) actual.add(d[0] + "-" + d[1] + ":" + nouns[d[2]]);
            assertEquals(expected, actual, s);
        }
        assertFalse(SENTENCES.stream().allMatch(s -> Discourse.definite(s, 0) == null), "the test sentences have matches");
    }

    private static final Pattern THEY = Pattern.compile("(?:^|, |\\bthat |\\band )(they|They)\\b(?! (?:say|said|note|argue))");

    @Test
    void theyAsTheRegexFoundIt() {
        List<String> texts = List.of("They said no.", "They will work with Peru.", "Officials say that they will act.",
                "and they say so, but they agreed", "Grand they went", "the theyre, and they", "bland they", "Ethey x, They",
                "they", "it was they argue, and they noted", "Stand and They", "", "hey, they");
        for (String t : texts) {
            Matcher m = THEY.matcher(t);
            assertEquals(m.find() ? m.start(1) : -1, Discourse.they(t), t);
        }
    }

    private static final Pattern BILL = Pattern.compile("(?<![\\w.])(H\\.\\s?R\\.|H\\.\\s?Res\\.|S\\.\\s?Res\\.|S\\.|HR)\\s?(\\d{1,5})\\b");

    @Test
    void billPrefilterNeverHidesABill() {
        List<String> texts = List.of("H.R. 2851 passed", "S.1234 and H. Res. 12", "HR 99 was read", "HR99", "in the U.S. 2024 budget",
                "No bill here.", "U.S. officials", "7 agencies", ".5 percent", "S. Res. 4");
        for (String t : texts) {
            if (BILL.matcher(t).find()) assertTrue(MentionRules.mayHaveBill(t), t);
        }
        assertFalse(MentionRules.mayHaveBill("No bill here, and U.S. officials spoke."));
    }

    private static final Pattern BYLINE = Pattern.compile("(?:\\b[Bb]y|\\b(?:said|says|according to|told|wrote|added|explained)) $");

    @Test
    void bylineWordsAsTheRegexFoundThem() {
        List<String> befores = List.of("written by ", "By ", "Nearby ", "she said ", "unsaid ", "according to ", "as told ",
                "wrote", "he added  ", "_by ", "it says ", "2by ", "explained ", "");
        for (String b : befores) assertEquals(BYLINE.matcher(b).find(), MentionRules.afterBylineWord(b), b);
    }

    @Test
    void numeralsAndYears() {
        assertTrue(MentionRules.isNumeral("IV"));
        assertTrue(MentionRules.isNumeral("21A"));
        assertTrue(MentionRules.isNumeral("2017"));
        assertFalse(MentionRules.isNumeral("A21"));
        assertFalse(MentionRules.isNumeral("Act"));
        assertFalse(MentionRules.isNumeral(""));
        assertTrue(MentionRules.isYear("1970"));
        assertFalse(MentionRules.isYear("197"));
        assertFalse(MentionRules.isYear("19x0"));
    }

    @Test
    void triggerFamiliesFoundInOnePassAsOnTheirOwn() {
        String[] partners = {"partner", "work", "worked with"};
        String[] targets = {"target", "took down", "took"};
        Triggers both = new Triggers(partners, targets);
        String lower = "the dea worked with europol and took down two markets; they targeted a third, partnering again.";
        Triggers.Hits hits = both.scan(lower, Tokenizer.tokens(lower, 0, lower.length()), 0);
        assertEquals(List.of("8-14", "78-88"), spans(hits.find(0)), "first stem listed wins: 'work', not 'worked with'");
        assertEquals(List.of("32-41", "60-68"), spans(hits.find(1)), "'took down' listed before 'took'");
        assertTrue(hits.any(0));
        assertFalse(new Triggers(new String[] {"seiz"}).scan(lower, Tokenizer.tokens(lower, 0, lower.length()), 0).any(0));
    }

    @Test
    void wordListsAnsweredInOnePassAsByContains() {
        String[][] lists = {{"partner", "work", " by "}, {"from", "into", " to "}, {"joint", "together"}, {"led ", "ran "}};
        WordSets sets = new WordSets(lists);
        List<String> texts = List.of("the dea worked with europol", "seized by police from peru", "a joint-venture",
                "they ran off together", "nothing here", "to", " to ", "ledger", "led by", "", "partnering\u00e9from");
        for (String t : texts) {
            int expected = 0;
            for (int l = 0; l < lists.length; l++) {
                for (String w : lists[l]) if (t.contains(w)) expected |= 1 << l;
            }
            assertEquals(expected, sets.scan(t), t);
        }
    }

    /** Gaps between two names, lower case, as pairwise() sees them. */
    private static final List<String> GAPS = List.of(", which is overseen by the ", " is led by us ", " was conducted by the u.s. ",
            " led by  ", ", run by the the ", " by ", "by the ", " managed by\n", ", which includes the ", " that houses ", " oversees ",
            " includes", ", which  contains the u.s. ", " leads the ", ", who heads ", " which  leads ", " ran the ", " spearheaded ",
            " and ", " of the ", ", a unit of ", "", " ", " us ", " headed by the ", ", that runs the ", " directed the ",
            ", which oversaw the ", " chaired by us ", " by u.s. ", " said it was led by ", ", which launched the ", " has conducted ",
            " started a joint ", " had run its cross-border ", " carried out the ", " that   staged ");

    @Test
    void byEndingAsThePatternsNeedIt() {
        for (String gap : GAPS) {
            boolean any = RelationPatterns.OVERSEEN_BY.matcher(gap).lookingAt() || RelationPatterns.LED_BY.matcher(gap).lookingAt()
                    || RelationPatterns.CONDUCTED_BY.matcher(gap).lookingAt();
            if (any) assertTrue(SentenceRelations.endsWithBy(gap), gap);
        }
        assertTrue(SentenceRelations.endsWithBy(" led by the u.s. "));
        assertFalse(SentenceRelations.endsWithBy(" by the way, "));
        assertFalse(SentenceRelations.endsWithBy(" nearby "));
    }

    @Test
    void memberTailAsThePatternNeedsIt() {
        List<String> gaps = List.of(" of the ", ", a spokesman for ", " at US ", ", who joined the U.S. ", " with  ", " of",
                " Of The ", " inside ", ", head of operations at the ", " offered ", " profit ", " Within the US ", " said ", "",
                " leads us ", " was on the ");
        for (String gap : gaps) {
            if (RelationPatterns.MEMBER_TAIL.matcher(gap).find()) assertTrue(SentenceRelations.endsWithMemberTail(gap), gap);
        }
        assertTrue(RelationPatterns.MEMBER_TAIL.matcher(" Of The ").find(), "the list exercises the pattern");
        assertFalse(SentenceRelations.endsWithMemberTail(" offered "));
    }

    @Test
    void leadingVerbsAsThePatternsNeedThem() {
        for (String gap : GAPS) {
            if (RelationPatterns.INCLUDES.matcher(gap).lookingAt()) {
                assertTrue(SentenceRelations.verbAfterLead(gap, SentenceRelations.INCLUDES_CONNECTORS, true, SentenceRelations.INCLUDES_VERBS), gap);
            }
            if (RelationPatterns.LEADS.matcher(gap).lookingAt()) {
                assertTrue(SentenceRelations.verbAfterLead(gap, SentenceRelations.LEADS_CONNECTORS, false, SentenceRelations.LEADS_VERBS), gap);
            }
            if (RelationPatterns.CONDUCTS.matcher(gap).lookingAt()) {
                assertTrue(SentenceRelations.verbAfterLead(gap, SentenceRelations.CONDUCTS_CONNECTORS, false, SentenceRelations.CONDUCTS_VERBS), gap);
            }
        }
        assertTrue(RelationPatterns.INCLUDES.matcher(", which includes the ").lookingAt(), "the list exercises the patterns");
        assertTrue(RelationPatterns.LEADS.matcher(", who heads ").lookingAt());
        assertTrue(RelationPatterns.CONDUCTS.matcher(" had run its cross-border ").lookingAt());
        assertFalse(SentenceRelations.verbAfterLead(" and ", SentenceRelations.LEADS_CONNECTORS, false, SentenceRelations.LEADS_VERBS));
    }

    private static List<String> spans(List<int[]> found) {
        List<String> out = new ArrayList<>();
        for (int[] f : found) out.add(f[0] + "-" + f[1]);
        return out;
    }
}
