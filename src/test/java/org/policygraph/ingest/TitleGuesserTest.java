package org.policygraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TitleGuesserTest {
    @Test
    void headlineLine() {
        assertEquals("Port Police Seize Pill Press", TitleGuesser.guess("Port Police Seize Pill Press\n\nOfficers in the harbour found a press."));
    }

    @Test
    void mastheadGivesWayToTheHeadline() {
        assertEquals("Harbor agents target online pill sales",
                TitleGuesser.guess("Riverside Evening Courier\n\nHarbor agents target online pill sales\n\nBody text follows here."));
    }

    @Test
    void proseOnlyGivesTheOpeningWords() {
        assertEquals("Customs officers at the northern border reported a sharp rise in seizures…",
                TitleGuesser.guess("Customs officers at the northern border reported a sharp rise in seizures of counterfeit pills this spring. More text."));
    }
}
