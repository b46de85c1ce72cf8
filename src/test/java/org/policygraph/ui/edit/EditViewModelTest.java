package org.policygraph.ui.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policygraph.extract.Ontology;
import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.graph.corrections.Correction;
import org.policygraph.graph.corrections.CorrectionSet;
import org.policygraph.layout.JGraphTLayouter;
import org.policygraph.model.Document;
import org.policygraph.model.Entity;
import org.policygraph.model.Evidence;
import org.policygraph.model.Mention;
import org.policygraph.model.Relation;
import org.policygraph.model.RelationType;
import org.policygraph.ui.state.ExplorerViewModel;
import org.policygraph.ui.task.SameThreadTaskExecutor;

/** Each curation action through the ViewModel, with undo and redo, on a hand-built graph and no toolkit. */
class EditViewModelTest {
    private KnowledgeGraph g;
    private ExplorerViewModel explorer;
    private EditViewModel vm;
    private Entity dea, deaShort, europol, mexico;

    @BeforeEach
    void setUp() {
        g = graph(true);
        explorer = new ExplorerViewModel(new SameThreadTaskExecutor(), new JGraphTLayouter(), Ontology.defaults());
        vm = new EditViewModel(explorer);
        explorer.setGraph(g);
        dea = g.find("Drug Enforcement Administration").orElseThrow();
        deaShort = g.find("D.E.A. office").orElseThrow();
        europol = g.find("Europol").orElseThrow();
        mexico = g.find("Mexico").orElseThrow();
    }

    /** Doc "a": the DEA partners with Europol; "D.E.A. office" in Mexico (an extraction duplicate). */
    private static KnowledgeGraph graph(boolean withDuplicate) {
        KnowledgeGraph g = new KnowledgeGraph();
        g.addDocument(new Document("a", "Report A", "a.txt", "2021-01-01",
                "DEA partnered with Europol. The D.E.A. office in Mexico."));
        Entity dea = g.addEntity("Drug Enforcement Administration", "AGENCY");
        g.addAlias(dea, "DEA");
        g.addMention(dea, new Mention("a", 0, 3, "DEA"));
        Entity europol = g.addEntity("Europol", "ORGANIZATION");
        g.addMention(europol, new Mention("a", 19, 26, "Europol"));
        Entity mexico = g.addEntity("Mexico", "COUNTRY");
        g.addMention(mexico, new Mention("a", 49, 55, "Mexico"));
        g.addEvidence(g.relate(dea, europol, RelationType.PARTNERS_WITH), new Evidence("a", 0, 27, "DEA partnered with Europol.", null));
        if (withDuplicate) {
            Entity d2 = g.addEntity("D.E.A. office", "ORGANIZATION");
            g.addMention(d2, new Mention("a", 32, 45, "D.E.A. office"));
            g.addEvidence(g.relate(d2, mexico, RelationType.CO_OCCURS), new Evidence("a", 28, 56, "The D.E.A. office in Mexico.", null));
        }
        return g;
    }

    @Test
    void mergeTheMarkedAndSelectedIntoTheSurvivorThenUndoAndRedo() {
        explorer.select(dea.id());
        vm.toggleMark(deaShort.id());
        assertEquals(List.of(deaShort, dea), vm.targets());
        assertTrue(vm.canMerge());

        assertTrue(vm.merge(dea, vm.targets()));
        assertTrue(g.entity(deaShort.id()).isEmpty());
        assertTrue(dea.aliases().contains("D.E.A. office"));
        assertTrue(g.graph().containsEdge(dea, mexico), "the duplicate's edge moved to the survivor");
        assertTrue(vm.marked().isEmpty());
        assertEquals(dea.id(), explorer.selectedId());
        assertEquals("Undo Merge D.E.A. office into Drug Enforcement Administration", vm.undoTextProperty().get());
        assertTrue(explorer.visible().entities().stream().noneMatch(e -> e.id().equals(deaShort.id())), "view rebuilt");

        vm.undo();
        assertTrue(g.entity(deaShort.id()).isPresent());
        assertFalse(dea.aliases().contains("D.E.A. office"));
        assertFalse(g.graph().containsEdge(dea, mexico));
        assertTrue(explorer.visible().contains(deaShort.id()), "view rebuilt after undo");
        assertEquals("Redo Merge D.E.A. office into Drug Enforcement Administration", vm.redoTextProperty().get());
        assertTrue(vm.canRedoProperty().get());

        vm.redo();
        assertTrue(g.entity(deaShort.id()).isEmpty());
        assertTrue(g.graph().containsEdge(dea, mexico));
        assertEquals(List.of(new Correction.Merge("Drug Enforcement Administration", List.of("D.E.A. office"))),
                vm.corrections().corrections());
    }

    @Test
    void renameKeepsTheOldNameAsAliasAndUndoes() {
        assertTrue(vm.rename(europol, "European Union Agency for Law Enforcement Cooperation"));
        assertEquals("European Union Agency for Law Enforcement Cooperation", europol.label());
        assertTrue(europol.aliases().contains("Europol"));
        vm.undo();
        assertEquals("Europol", europol.label());
        assertFalse(vm.canUndoProperty().get());
        assertTrue(vm.corrections().isEmpty(), "an undone edit leaves no correction");
    }

    @Test
    void aRefusedEditSaysWhyAndChangesNothing() {
        assertFalse(vm.rename(europol, "  "));
        assertEquals("Europol", europol.label());
        assertFalse(vm.messageProperty().get().isEmpty());
        assertFalse(vm.canUndoProperty().get());
        assertFalse(vm.addAlias(europol, "DEA"), "DEA already names the DEA");
        assertTrue(vm.messageProperty().get().contains("DEA"), vm.messageProperty().get());
    }

    @Test
    void bulkRetypeIsOneUndoableEdit() {
        vm.toggleMark(europol.id());
        vm.toggleMark(deaShort.id());
        assertTrue(vm.retype(vm.targets(), "AGENCY"));
        assertEquals("AGENCY", europol.type());
        assertEquals("AGENCY", deaShort.type());
        assertEquals("Undo Retype 2 entities as AGENCY", vm.undoTextProperty().get());
        vm.undo();
        assertEquals("ORGANIZATION", europol.type());
        assertEquals("ORGANIZATION", deaShort.type());
        assertFalse(vm.canUndoProperty().get());
    }

    @Test
    void singleRetypeUndoesAndRedoes() {
        assertTrue(vm.retype(List.of(europol), "AGENCY"));
        assertEquals("Undo Retype Europol as AGENCY", vm.undoTextProperty().get());
        vm.undo();
        assertEquals("ORGANIZATION", europol.type());
        vm.redo();
        assertEquals("AGENCY", europol.type());
    }

    @Test
    void aliasesAreAddedRemovedAndSplitOut() {
        assertTrue(vm.addAlias(europol, "EU police agency"));
        assertTrue(europol.aliases().contains("EU police agency"));
        vm.undo();
        assertFalse(europol.aliases().contains("EU police agency"));

        assertTrue(vm.removeAlias(dea, "DEA"));
        assertFalse(dea.aliases().contains("DEA"));
        vm.undo();
        assertTrue(dea.aliases().contains("DEA"));

        int before = g.entityCount();
        assertTrue(vm.splitAlias(dea, "DEA"));
        assertEquals(before + 1, g.entityCount());
        Entity split = g.find("DEA").orElseThrow();
        assertEquals(split.id(), explorer.selectedId(), "the new entity is selected");
        assertFalse(dea.aliases().contains("DEA"));
        vm.undo();
        assertEquals(before, g.entityCount());
        assertTrue(dea.aliases().contains("DEA"));
        assertNull(explorer.selectedId(), "the undone entity is no longer selected");
    }

    @Test
    void deleteOneOrManyThenUndoPutsThemBackWithTheirEdges() {
        assertTrue(vm.delete(List.of(europol)));
        assertTrue(g.entity(europol.id()).isEmpty());
        assertFalse(explorer.visible().contains(europol.id()));
        vm.undo();
        assertTrue(g.graph().containsEdge(dea, europol));

        assertTrue(vm.delete(List.of(europol, mexico)));
        assertEquals(2, g.entityCount());
        assertEquals("Undo Delete 2 entities", vm.undoTextProperty().get());
        vm.undo();
        assertEquals(4, g.entityCount());
        assertTrue(g.graph().containsEdge(deaShort, mexico));
    }

    @Test
    void addNodeAndAManualEdgeWithANote() {
        Entity fbi = vm.addEntity("Federal Bureau of Investigation", "AGENCY", List.of("FBI")).orElseThrow();
        assertEquals(fbi.id(), explorer.selectedId());
        assertTrue(fbi.aliases().contains("FBI"));
        Relation r = vm.addRelation(fbi, europol, RelationType.PARTNERS_WITH, "joint press release").orElseThrow();
        assertTrue(r.manual());
        assertEquals("joint press release", r.note());
        assertEquals(r.id(), vm.relationProperty().get());
        assertEquals(List.of(new Correction.AddEntity("Federal Bureau of Investigation", "AGENCY", List.of("FBI")),
                new Correction.AddRelation("Federal Bureau of Investigation", "Europol", RelationType.PARTNERS_WITH,
                        "joint press release")), vm.corrections().corrections());
        vm.undo();
        assertFalse(g.graph().containsEdge(r));
        assertTrue(vm.relation(r.id()).isEmpty());
        vm.undo();
        assertTrue(g.find("FBI").isEmpty());
        assertTrue(vm.addRelation(dea, dea, RelationType.PARTNERS_WITH, null).isEmpty(), "a loop is refused");
    }

    @Test
    void edgesAreRetypedAnnotatedAndDeleted() {
        Relation co = g.relationsBetween(deaShort, mexico).get(0);
        vm.setRelation(co.id());
        assertEquals(co, vm.selectedRelation().orElseThrow());
        assertTrue(vm.retypeRelation(co, RelationType.LOCATED_IN));
        assertEquals(RelationType.LOCATED_IN, co.type());
        vm.undo();
        assertEquals(RelationType.CO_OCCURS, co.type());

        assertTrue(vm.setNote(co, "check the Mexico office"));
        assertEquals("check the Mexico office", co.note());
        assertTrue(vm.setNote(co, " "));
        assertNull(co.note(), "a blank note clears it");
        vm.undo();
        assertEquals("check the Mexico office", co.note());

        assertTrue(vm.deleteRelation(co));
        assertFalse(g.graph().containsEdge(co));
        assertTrue(vm.selectedRelation().isEmpty());
        vm.undo();
        assertTrue(g.graph().containsEdge(co));
    }

    @Test
    void notesOnEntities() {
        assertTrue(vm.setNote(europol, "EU agency, not an NGO"));
        assertEquals("EU agency, not an NGO", europol.note());
        vm.undo();
        assertNull(europol.note());
    }

    @Test
    void marksToggleAndGoneEntitiesLoseTheirMark() {
        vm.toggleMark(europol.id());
        vm.toggleMark(mexico.id());
        vm.toggleMark(europol.id());
        assertEquals(List.of(mexico.id()), vm.marked());
        vm.delete(List.of(mexico));
        assertTrue(vm.marked().isEmpty());
    }

    @Test
    void correctionsAreReappliedWhenTheExplorerShowsANewGraph() {
        vm.merge(dea, List.of(dea, deaShort));
        vm.retype(List.of(europol), "AGENCY");
        vm.delete(List.of(mexico));
        assertEquals(3, vm.corrections().size());

        // the same document extracted again (as after adding documents): the raw errors are back
        KnowledgeGraph fresh = graph(true);
        explorer.setGraph(fresh);
        assertEquals(Set.of("Drug Enforcement Administration", "Europol"),
                Set.copyOf(fresh.entities().stream().map(Entity::label).toList()));
        assertEquals("AGENCY", fresh.find("Europol").orElseThrow().type());
        assertTrue(fresh.find("D.E.A. office").orElseThrow().label().equals("Drug Enforcement Administration"));
        assertTrue(vm.lastReapply().allApplied(), vm.lastReapply().skipped().toString());
        assertFalse(vm.canUndoProperty().get(), "old edits do not undo on the new graph");

        // edits go on on the new graph
        assertTrue(vm.rename(fresh.find("Europol").orElseThrow(), "Europol HQ"));
        assertEquals(4, vm.corrections().size());
    }

    @Test
    void loadedCorrectionsApplyAndStayForLaterLoads() {
        CorrectionSet set = CorrectionSet.of(new Correction.Retype("Europol", "AGENCY"),
                new Correction.Delete("Nonexistent Bureau"));
        var report = vm.applyCorrections(set);
        assertEquals(1, report.applied());
        assertEquals(1, report.skipped().size());
        assertTrue(report.skipped().get(0).message().contains("Nonexistent Bureau"), report.skipped().get(0).message());
        assertEquals("AGENCY", europol.type());
        assertTrue(vm.messageProperty().get().contains("1 skipped"), vm.messageProperty().get());
        vm.applyCorrections(set);
        assertEquals(2, vm.corrections().size(), "loading the same file twice keeps one copy");
        KnowledgeGraph fresh = graph(false);
        explorer.setGraph(fresh);
        assertEquals("AGENCY", fresh.find("Europol").orElseThrow().type());
    }
}
