package org.policygraph.ui.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policygraph.extract.Ontology;
import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.graph.corrections.ReviewItem;
import org.policygraph.layout.JGraphTLayouter;
import org.policygraph.model.Document;
import org.policygraph.model.Entity;
import org.policygraph.model.Evidence;
import org.policygraph.model.Mention;
import org.policygraph.model.RelationType;
import org.policygraph.ui.state.ExplorerViewModel;
import org.policygraph.ui.task.SameThreadTaskExecutor;

/** The review list's one-click fixes and dismiss, without the toolkit. */
class ReviewViewModelTest {
    private KnowledgeGraph g;
    private ExplorerViewModel explorer;
    private EditViewModel edits;
    private ReviewViewModel review;

    @BeforeEach
    void setUp() {
        g = new KnowledgeGraph();
        g.addDocument(new Document("a", "A", "a.txt", null, "The DEA and the Drug Enforcement Administration met Europol."));
        Entity full = g.addEntity("Drug Enforcement Administration", "AGENCY");
        g.addMention(full, new Mention("a", 16, 47, "Drug Enforcement Administration"));
        g.addMention(full, new Mention("a", 16, 47, "Drug Enforcement Administration"));
        Entity acr = g.addEntity("DEA", "AGENCY");
        g.addMention(acr, new Mention("a", 4, 7, "DEA"));
        Entity europol = g.addEntity("Europol", "AGENCY");
        g.addMention(europol, new Mention("a", 52, 59, "Europol"));
        g.addEvidence(g.relate(full, europol, RelationType.PARTNERS_WITH), new Evidence("a", 0, 60, "The DEA ... met Europol.", null));
        g.addEvidence(g.relate(acr, europol, RelationType.CO_OCCURS), new Evidence("a", 0, 60, "The DEA ... met Europol.", null));
        explorer = new ExplorerViewModel(new SameThreadTaskExecutor(), new JGraphTLayouter(), Ontology.defaults());
        edits = new EditViewModel(explorer);
        explorer.setGraph(g);
        review = new ReviewViewModel(edits, new SameThreadTaskExecutor());
        review.refresh();
    }

    private ReviewItem duplicate() {
        return review.items().stream().filter(i -> i.kind() == ReviewItem.Kind.NEAR_DUPLICATE).findFirst().orElseThrow();
    }

    @Test
    void showingAnItemSelectsItsFirstEntityAndMarksTheOther() {
        ReviewItem d = duplicate();
        review.show(d);
        assertEquals(d.entities().get(0).id(), explorer.selectedId());
        assertEquals(List.of(d.entities().get(1).id()), edits.marked());
    }

    @Test
    void oneClickMergesTheNearDuplicateAndUndoBringsItBack() {
        ReviewItem d = duplicate();
        assertEquals("Merge into Drug Enforcement Administration", review.fixText(d).orElseThrow());
        assertTrue(review.fix(d));
        assertTrue(g.find("DEA").orElseThrow().label().equals("Drug Enforcement Administration"));
        assertEquals(2, g.entityCount());
        assertTrue(review.items().stream().noneMatch(i -> i.kind() == ReviewItem.Kind.NEAR_DUPLICATE), "ranked again");
        edits.undo();
        assertEquals(3, g.entityCount());
    }

    @Test
    void dismissedItemsStayHiddenAfterRankingAgain() {
        ReviewItem d = duplicate();
        review.dismiss(d);
        review.refresh();
        assertFalse(review.items().stream().anyMatch(i -> i.kind() == ReviewItem.Kind.NEAR_DUPLICATE));
        assertEquals(3, g.entityCount());
    }

    @Test
    void aTypeConflictOffersTheMajorityType() {
        ReviewItem conflict = new ReviewItem(ReviewItem.Kind.TYPE_CONFLICT, List.of(g.find("Europol").orElseThrow()), null,
                "Europol is AGENCY but 3 of 4 names ending in \"x\" are ORGANIZATION", 0.5);
        assertEquals("Retype as ORGANIZATION", review.fixText(conflict).orElseThrow());
        assertTrue(review.fix(conflict));
        assertEquals("ORGANIZATION", g.find("Europol").orElseThrow().type());
    }
}
