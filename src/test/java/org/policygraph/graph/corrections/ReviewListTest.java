package org.policygraph.graph.corrections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.model.Entity;
import org.policygraph.model.Evidence;
import org.policygraph.model.Mention;

class ReviewListTest {
    private final KnowledgeGraph g = new KnowledgeGraph();

    private Entity add(String label, String type, int mentions) {
        Entity e = g.addEntity(label, type);
        for (int i = 0; i < mentions; i++) g.addMention(e, new Mention("d" + i, i, i + label.length(), label));
        return e;
    }

    private static Evidence ev() {
        return new Evidence("d0", 0, 10, "a sentence");
    }

    @Test
    void ranksLikelyErrorsMostLikelyFirst() {
        Entity dea = add("Drug Enforcement Administration", "AGENCY", 5);
        Entity deaShort = add("DEA", "AGENCY", 2);
        Entity sod = add("Special Operations Division", "AGENCY", 3);
        Entity typo = add("Special Operations Divison", "AGENCY", 1);
        add("Gulf Cartel", "ORGANIZATION", 2);
        add("Sinaloa Cartel", "ORGANIZATION", 2);
        add("Juarez Cartel", "ORGANIZATION", 2);
        Entity tijuana = add("Tijuana Cartel", "AGENCY", 2);
        Entity ghost = add("Interpol", "AGENCY", 0);
        Entity fbi = add("FBI", "AGENCY", 3);
        add("Bureau of Prisons", "AGENCY", 1);
        Entity sinaloa = add("Sinaloa", "ORGANIZATION", 2);
        Entity canada = add("Canada", "COUNTRY", 2);
        Entity embassy = add("Embassy of Canada", "AGENCY", 2);
        g.addEvidence(g.relate(canada, embassy, "LOCATED_IN"), ev());
        g.addEvidence(g.relate(sinaloa, fbi, "CO_OCCURS"), ev());
        g.addEvidence(g.relate(dea, fbi, "PARTNERS_WITH"), ev());
        g.addEvidence(g.relate(sod, dea, "PART_OF"), ev());
        g.addEvidence(g.relate(typo, fbi, "CO_OCCURS"), ev());
        g.addEvidence(g.relate(deaShort, fbi, "CO_OCCURS"), ev());
        g.addEvidence(g.relate(tijuana, fbi, "TARGETS"), ev());
        var bare = g.relate(fbi, sod, "FUNDS");
        var drawn = g.relate(fbi, ghost, "PARTNERS_WITH");
        g.setManual(drawn, true);

        List<ReviewItem> items = ReviewList.rank(g);
        List<String> reasons = items.stream().map(ReviewItem::reason).toList();
        ReviewItem spelled = items.get(0);
        assertEquals("Special Operations Division and Special Operations Divison are spelled almost alike", spelled.reason());
        assertEquals(ReviewItem.Kind.NEAR_DUPLICATE, spelled.kind());
        assertEquals(List.of(sod, typo), spelled.entities(), "survivor (more mentions) first");
        assertEquals("DEA may be the acronym of Drug Enforcement Administration", reasons.get(1), reasons.toString());
        assertEquals(List.of(dea, deaShort), items.get(1).entities(), "survivor first");
        assertTrue(reasons.contains("Tijuana Cartel is AGENCY but 3 of 4 names ending in \"cartel\" are ORGANIZATION"), reasons.toString());
        assertTrue(items.stream().anyMatch(i -> i.kind() == ReviewItem.Kind.NO_EVIDENCE && i.relation() == bare));
        assertTrue(items.stream().noneMatch(i -> i.relation() == drawn), "a drawn edge needs no evidence");
        assertTrue(items.stream().noneMatch(i -> i.entities().equals(List.of(ghost))), "an entity with a drawn edge is the user's");
        assertTrue(reasons.contains("Bureau of Prisons is mentioned once and linked to nothing"), reasons.toString());
        assertTrue(reasons.contains("Sinaloa is part of the name Sinaloa Cartel"), reasons.toString());
        for (int i = 1; i < items.size(); i++) assertTrue(items.get(i - 1).score() >= items.get(i).score());
        assertTrue(reasons.stream().noneMatch(r -> r.startsWith("Canada")), "a country inside an agency name is no duplicate");
    }

    @Test
    void aCleanGraphHasNothingToReview() {
        Entity a = add("Europol", "AGENCY", 2);
        Entity b = add("Federal Bureau of Investigation", "AGENCY", 2);
        g.addEvidence(g.relate(a, b, "PARTNERS_WITH"), ev());
        assertEquals(List.of(), ReviewList.rank(g));
    }

    @Test
    void similarityAndAcronyms() {
        assertEquals(1.0, ReviewList.similarity("europol", "europol"));
        assertTrue(ReviewList.similarity("special operations division", "special operations divison") > 0.95);
        assertTrue(ReviewList.similarity("fbi", "dea") < 0.5);
        assertEquals("dea", ReviewList.acronym("Drug Enforcement Administration"));
        assertEquals("fbi", ReviewList.acronym("the Federal Bureau of Investigation"));
        assertEquals("", ReviewList.acronym("Europol"));
        assertEquals("usps", ReviewList.acronym("U.S. Postal Service"));
    }
}
