package org.policygraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class WrappedLineJoinerTest {
    @Test
    void joinsWrappedLinesAndKeepsHeadingsApart() {
        List<String> lines = List.of(
                "Coastal Enforcement",
                "The Drug Enforcement Administration and the",
                "Coast Guard signed an agreement on Monday",
                "covering joint patrols in the Caribbean.",
                "Officials said the patrols would start in",
                "the spring.");
        assertEquals(List.of("Coastal Enforcement",
                "The Drug Enforcement Administration and the Coast Guard signed an agreement on Monday covering "
                        + "joint patrols in the Caribbean. Officials said the patrols would start in the spring."),
                WrappedLineJoiner.join(lines));
    }

    @Test
    void blankLinesAlwaysSeparateParagraphs() {
        assertEquals(List.of("First part of it", "Second part"),
                WrappedLineJoiner.join(List.of("First part", "of it", "", "Second part")));
    }

    @Test
    void removesLayoutHyphensButKeepsRealCompounds() {
        List<String> lines = List.of(
                "Investigators tracked the traf-",
                "ficking routes and the cross-border flows, noting cross-",
                "border deliveries and other trafficking routes used by",
                "networks over many years of sustained work here.");
        String joined = WrappedLineJoiner.join(lines).get(0);
        assertTrue(joined.contains("tracked the trafficking routes"), joined);
        assertTrue(joined.contains("noting cross-border deliveries"), joined);
    }

    @Test
    void hyphenDecisionUsesTheDocumentsOwnWords() {
        assertFalse(WrappedLineJoiner.keepsHyphen("enforce", "ment", Set.of("enforcement")));
        assertTrue(WrappedLineJoiner.keepsHyphen("fentanyl", "laced", Set.of("fentanyl-laced")));
        assertTrue(WrappedLineJoiner.keepsHyphen("trafficking", "related", Set.of("trafficking", "related")));
        assertFalse(WrappedLineJoiner.keepsHyphen("traf", "ficking", Set.of("trafficking")));
    }

    @Test
    void detectsHardWrappedText() {
        List<String> wrapped = List.of(
                "The Coast Guard and the Navy announced a new",
                "program of joint patrols in the eastern Pacific",
                "that will run through the end of next year and",
                "include partners from Colombia and Ecuador.");
        assertTrue(WrappedLineJoiner.looksWrapped(wrapped));
        List<String> onePerLine = List.of(
                "The Coast Guard and the Navy announced a new program of joint patrols in the eastern Pacific that "
                        + "will run through the end of next year.",
                "It will include partners from Colombia and Ecuador, officials said at a press conference today.",
                "Short line.",
                "Another paragraph of considerable length that goes on and on well past any column width at all.");
        assertFalse(WrappedLineJoiner.looksWrapped(onePerLine));
    }
}
