package org.policygraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class DateFinderTest {
    @Test
    void readsCommonDateShapes() {
        assertEquals(Optional.of("2017-06-27"), DateFinder.find("Hearing held June 27, 2017 in Washington"));
        assertEquals(Optional.of("2017-06-27"), DateFinder.find("27 June 2017"));
        assertEquals(Optional.of("2017-06-27"), DateFinder.find("Updated 2017-06-27T10:00:00Z"));
        assertEquals(Optional.of("2017-06-27"), DateFinder.find("Published 06/27/2017"));
        assertEquals(Optional.of("2023-09-03"), DateFinder.find("Sept. 3rd, 2023"));
        assertEquals(Optional.of("2021-02-01"), DateFinder.find("on the 1st of Feb 2021"));
    }

    @Test
    void partialOrImpossibleDatesAreNotDates() {
        assertTrue(DateFinder.find("On June 27, a committee met").isEmpty());
        assertTrue(DateFinder.find("in December 2022").isEmpty());
        assertTrue(DateFinder.find("February 30, 2020").isEmpty());
    }

    @Test
    void onlyTheTopOfTheTextIsSearched() {
        String top = "Title\nBy A Writer\nPublished 3 May 2023\nBody text.";
        assertEquals(Optional.of("2023-05-03"), DateFinder.findNearTop(top));
        String eventFirst = "On March 1, 2021, agents from the DEA arrested four men at the port of Miami.\n"
                + "Posted: 2021-03-04";
        assertEquals(Optional.of("2021-03-04"), DateFinder.findNearTop(eventFirst));
        assertEquals(Optional.of("2021-03-01"), DateFinder.findNearTop(eventFirst.split("\n")[0]));
        String late = "line\n".repeat(DateFinder.HEAD_LINES_DEFAULT) + "March 1, 2020";
        assertTrue(DateFinder.findNearTop(late).isEmpty());
    }
}
