package org.policygraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class BoilerplateLineFilterTest {
    private final BoilerplateLineFilter filter = BoilerplateLineFilter.createDefault();

    @Test
    void dropsTypicalWebClutterLines() {
        for (String clutter : List.of("Home » News » Fentanyl seizures at the border", "Home > World > Americas",
                "News | World | Politics | Sport", "About • Contact • Privacy", "Click Here To Hide Tor",
                "Share this", "Share on Facebook", "Subscribe to our newsletter", "Sign up for alerts",
                "Leave a comment", "Comments (12)", "Captcha: *", "Cookie settings", "Advertisement",
                "Related articles", "Read more", "Tags: DEA, fentanyl, ports", "© 2024 Example Media",
                "Copyright 2023 Somebody. All rights reserved.", "By Jordan Ellis", "Posted by Admin",
                "By Jordan Ellis, Staff Writer", "Published 3 May 2023", "-", "* * *",
                "We use cookies to give you the best experience on our website and to show you relevant offers "
                        + "from our partners around the world.")) {
            assertTrue(filter.isClutter(clutter), clutter);
        }
    }

    @Test
    void keepsArticleSentencesEvenWhenTheyStartLikeClutter() {
        for (String content : List.of(
                "Share prices of shipping firms fell after the Coast Guard announced that it would inspect every "
                        + "container arriving from the region.",
                "Subscribers to the encrypted service were identified by the FBI after investigators seized the "
                        + "servers that ran the darknet market.",
                "By 2019 the agency had opened offices in twelve countries.",
                "Synthetic Drug Trends and Challenges",
                "The DEA seized 40 kilograms of fentanyl.")) {
            assertFalse(filter.isClutter(content), content);
        }
    }

    @Test
    void dropsATrailingCommentThreadButNotAnEarlyCommentsLink() {
        String prose1 = "The Drug Enforcement Administration opened a new field office in the border city of "
                + "Laredo this week, officials said.";
        String prose2 = "The office will coordinate with the Mexican federal police on investigations into "
                + "laboratories producing synthetic opioids.";
        String comment = "I think this is a great idea and they should have done it years ago when the "
                + "problems first started in the area.";
        List<String> lines = List.of("Comments (3)", prose1, prose2, "3 Comments", comment, "Leave a Reply");
        assertEquals(List.of(prose1, prose2), filter.keepContent(lines));
    }

    @Test
    void withoutAThreadHeadingEverythingProseStays() {
        String prose = "Officials from both countries said that the agreement would be reviewed every year by a "
                + "joint committee.";
        assertEquals(List.of(prose, prose), filter.keepContent(List.of(prose, "", prose)));
    }
}
