package org.policygraph.ui.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jgrapht.Graphs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policygraph.extract.Ontology;
import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.layout.JGraphTLayouter;
import org.policygraph.model.Document;
import org.policygraph.model.Entity;
import org.policygraph.model.Evidence;
import org.policygraph.model.Mention;
import org.policygraph.model.RelationType;
import org.policygraph.ui.task.SameThreadTaskExecutor;

/** The explorer's ViewModel on a hand-built graph, with no toolkit and a same-thread executor. */
class ExplorerViewModelTest {
    private KnowledgeGraph g;
    private ExplorerViewModel vm;

    /**
     * Two documents: "a" (dated 2020) says DEA partners with Europol and Europol with the Dutch police; "b"
     * (dated 2023) says DEA partners with Europol again and mentions Mexico with DEA.
     */
    @BeforeEach
    void setUp() {
        g = new KnowledgeGraph();
        g.addDocument(new Document("a", "Report A", "a.txt", "2020-01-10", "DEA partnered with Europol. Europol worked with Dutch police."));
        g.addDocument(new Document("b", "Report B", "b.txt", "2023-05-01", "DEA and Europol partnered again. DEA in Mexico."));
        Entity dea = entity("Drug Enforcement Administration", "AGENCY", "DEA", "a", 0, 3);
        g.addAlias(dea, "DEA");
        g.addMention(dea, new Mention("b", 0, 3, "DEA"));
        g.addMention(dea, new Mention("b", 33, 36, "DEA"));
        Entity europol = entity("Europol", "AGENCY", null, "a", 19, 26);
        g.addMention(europol, new Mention("b", 8, 15, "Europol"));
        Entity police = entity("Dutch National Police", "AGENCY", null, "a", 45, 57);
        Entity mexico = entity("Mexico", "COUNTRY", null, "b", 40, 46);
        g.addEvidence(g.relate(dea, europol, RelationType.PARTNERS_WITH), new Evidence("a", 0, 27, "DEA partnered with Europol.", "2020-01-10"));
        g.addEvidence(g.relate(dea, europol, RelationType.PARTNERS_WITH), new Evidence("b", 0, 32, "DEA and Europol partnered again.", "2023-05-01"));
        g.addEvidence(g.relate(europol, police, RelationType.PARTNERS_WITH), new Evidence("a", 28, 58, "Europol worked with Dutch police.", "2020-01-10"));
        g.addEvidence(g.relate(dea, mexico, RelationType.CO_OCCURS), new Evidence("b", 33, 47, "DEA in Mexico.", "2023-05-01"));
        vm = new ExplorerViewModel(new SameThreadTaskExecutor(), new JGraphTLayouter(), Ontology.defaults());
        vm.setGraph(g);
    }

    private Entity entity(String label, String type, String alias, String doc, int start, int end) {
        Entity e = g.addEntity(label, type);
        g.addMention(e, new Mention(doc, start, end, alias != null ? alias : label));
        return e;
    }

    private String id(String name) { return g.find(name).orElseThrow().id(); }

    private Set<String> visibleIds() { return vm.visible().positions().keySet(); }

    @Test
    void showsEveryEntityWithAPosition() {
        assertEquals(Set.of(id("DEA"), id("Europol"), id("Dutch National Police"), id("Mexico")), visibleIds());
        assertEquals(3, vm.visible().edges().size());
        assertFalse(vm.visible().truncated());
    }

    @Test
    void typeFilterHidesItsEntities() {
        vm.update(s -> s.withType("COUNTRY", false));
        assertEquals(Set.of(id("DEA"), id("Europol"), id("Dutch National Police")), visibleIds());
    }

    @Test
    void minimumSourcesKeepsOnlyWellSupportedEdges() {
        vm.update(s -> s.withMinSources(2));
        assertEquals(1, vm.visible().edges().size());
        assertEquals(2, vm.visible().edges().get(0).relation().documents().size());
    }

    @Test
    void hidingCooccurrenceAndExcludingADocumentAndAsOf() {
        vm.update(s -> s.withHideCooccurrence(true));
        assertTrue(vm.visible().edges().stream().noneMatch(e -> e.relation().type().equals(RelationType.CO_OCCURS)));
        vm.update(s -> s.withHideCooccurrence(false).withDocument("b", false));
        assertFalse(visibleIds().contains(id("Mexico")), "Mexico is only in document b");
        vm.update(s -> s.withDocument("b", true).withAsOf("2021-12-31"));
        assertFalse(visibleIds().contains(id("Mexico")), "document b is dated after the as-of date");
        assertEquals(2, vm.visible().edges().size());
    }

    @Test
    void focusKeepsOnlyTheNeighbourhood() {
        vm.select(id("Dutch National Police"));
        vm.focus(1);
        assertEquals(Set.of(id("Dutch National Police"), id("Europol")), visibleIds());
        vm.focus(2);
        assertEquals(Set.of(id("Dutch National Police"), id("Europol"), id("DEA")), visibleIds());
        vm.clearFocus();
        assertEquals(4, visibleIds().size());
    }

    @Test
    void historyGoesBackAndForward() {
        vm.select(id("DEA"));
        vm.select(id("Europol"));
        vm.select(id("Mexico"));
        vm.back();
        assertEquals(id("Europol"), vm.selectedId());
        vm.back();
        assertEquals(id("DEA"), vm.selectedId());
        assertFalse(vm.canGoBackProperty().get());
        vm.forward();
        assertEquals(id("Europol"), vm.selectedId());
        vm.select(id("Dutch National Police"));
        assertFalse(vm.canGoForwardProperty().get(), "a new selection clears the forward list");
    }

    @Test
    void detailsGroupNeighboursAndListEvidence() {
        vm.select(id("DEA"));
        Details d = vm.detailsProperty().get();
        assertEquals("Drug Enforcement Administration", d.label());
        assertEquals(List.of("DEA"), d.aliases());
        assertEquals(List.of("Report A", "Report B"), d.documents());
        assertEquals("Europol", d.neighbours().get("partners with →").get(0).label());
        assertEquals(3, d.evidenceTotal());
        assertEquals("DEA partnered with Europol.", d.evidence().get(0).sentence());
        assertEquals("DEA in Mexico.", d.evidence().get(2).sentence(), "co-occurrence evidence comes last");
    }

    @Test
    void pathListsItsEvidenceChain() {
        vm.select(id("Dutch National Police"));
        vm.pathTo(id("DEA"));
        Answer a = vm.answer();
        assertNotNull(a);
        assertEquals(Set.of(id("Dutch National Police"), id("Europol"), id("DEA")), a.entityIds());
        assertEquals(2, a.relationIds().size());
        assertEquals(2, a.rows().size());
        assertTrue(a.rows().get(1).evidence().stream().anyMatch(e -> e.sentence().contains("partnered")));
    }

    @Test
    void questionPresetsAnswerFromTheEvidence() {
        vm.partners(id("Europol"));
        assertEquals(Set.of(id("Europol"), id("DEA"), id("Dutch National Police")), vm.answer().entityIds());
        assertTrue(vm.answer().rows().get(0).text().startsWith("Drug Enforcement Administration (partners with, 2 sources)"),
                vm.answer().rows().get(0).text());
        vm.agenciesWith(id("Mexico"));
        assertEquals(Set.of(id("Mexico"), id("DEA")), vm.answer().entityIds());
        vm.documentSays("a");
        assertEquals(2, vm.answer().rows().size());
    }

    @Test
    void capKeepsTheMostCentralAndShowMoreAddsTheRest() {
        KnowledgeGraph big = new KnowledgeGraph();
        big.addDocument(new Document("d", "D", "d.txt", null, "x".repeat(10)));
        Entity hub = big.addEntity("Hub", "AGENCY");
        big.addMention(hub, new Mention("d", 0, 1, "x"));
        for (int i = 0; i < 300; i++) {
            Entity leaf = big.addEntity("Leaf " + i, "COUNTRY");
            big.addMention(leaf, new Mention("d", 0, 1, "x"));
            big.addEvidence(big.relate(hub, leaf, RelationType.CO_OCCURS), new Evidence("d", 0, 1, "x"));
        }
        vm.setGraph(big);
        assertTrue(vm.visible().truncated());
        assertEquals(ViewSettings.CAP_DEFAULT, vm.visible().entities().size());
        assertTrue(vm.visible().contains(hub.id()), "the hub is the most central");
        vm.select(big.find("Leaf 299").orElseThrow().id());
        assertTrue(vm.visible().contains(big.find("Leaf 299").orElseThrow().id()), "a selected node is brought in");
        vm.showMore();
        assertFalse(vm.visible().truncated());
        assertEquals(301, vm.visible().entities().size());
    }

    @Test
    void expandAndFoldLeaves() {
        String dea = id("DEA");
        vm.toggleExpand(dea);
        assertFalse(visibleIds().contains(id("Mexico")), "Mexico hangs off DEA only and is folded");
        assertTrue(vm.isCollapsed(dea));
        vm.toggleExpand(dea);
        assertTrue(visibleIds().contains(id("Mexico")));
    }

    @Test
    void hideAndShowHidden() {
        vm.select(id("Mexico"));
        vm.hideSelected();
        assertFalse(visibleIds().contains(id("Mexico")));
        vm.showHidden();
        assertTrue(visibleIds().contains(id("Mexico")));
    }

    @Test
    void draggedVerticesKeepTheirPlaceThroughNewLayouts() {
        vm.moved(id("Mexico"), new org.policygraph.layout.Point(5, 7));
        vm.update(s -> s.withLayout(org.policygraph.layout.LayoutKind.CIRCULAR));
        assertEquals(new org.policygraph.layout.Point(5, 7), vm.visible().positions().get(id("Mexico")));
        vm.relayout();
        assertFalse(new org.policygraph.layout.Point(5, 7).equals(vm.visible().positions().get(id("Mexico"))),
                "lay out again forgets the pins");
    }

    @Test
    void clickingAnEdgeExplainsIt() {
        var r = g.findRelation(g.find("DEA").orElseThrow(), g.find("Europol").orElseThrow(), RelationType.PARTNERS_WITH)
                .orElseThrow();
        vm.explainRelation(r.id());
        assertEquals(Set.of(r.id()), vm.answer().relationIds());
        assertEquals(2, vm.answer().rows().size(), "one row per sentence");
        vm.update(s -> s.withDocument("b", false));
        vm.explainRelation(r.id());
        assertEquals(1, vm.answer().rows().size(), "sentences from excluded documents are left out");
    }

    @Test
    void communitiesAreComputedOnDemand() {
        assertTrue(vm.visible().communities().isEmpty());
        vm.toggleCommunities();
        assertEquals(new HashSet<>(visibleIds()), vm.visible().communities().keySet());
    }

    @Test
    void documentTextCoversTheTextAndMarksMentions() {
        Document a = g.document("a").orElseThrow();
        DocumentText t = DocumentText.of(g, a, 28, 58, Ontology.defaults());
        assertEquals(a.text(), String.join("", t.runs().stream().map(DocumentText.Run::text).toList()));
        assertEquals(3, t.mentionCount());
        DocumentText.Run police = t.runs().stream().filter(r -> id("Dutch National Police").equals(r.entityId()))
                .findFirst().orElseThrow();
        assertTrue(police.inFocus());
        assertEquals(Ontology.defaults().color("AGENCY"), police.color());
        assertTrue(t.focusRun() >= 0 && t.runs().get(t.focusRun()).inFocus());
    }

    @Test
    void neighboursOfFocusMatchTheGraph() {
        Entity europol = g.find("Europol").orElseThrow();
        vm.select(europol.id());
        vm.focus(1);
        Set<String> expected = new HashSet<>(Set.of(europol.id()));
        Graphs.neighborSetOf(g.graph(), europol).forEach(n -> expected.add(n.id()));
        assertEquals(expected, visibleIds());
    }
}
