package org.policygraph.graph.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.graph.corrections.Correction;
import org.policygraph.model.Entity;
import org.policygraph.model.Mention;
import org.policygraph.model.Relation;

/** Every command: execute changes the graph as expected, undo restores it exactly, redo re-applies it exactly. */
class EditCommandsTest {
    private final KnowledgeGraph g = Fixtures.sample();
    private final EditHistory history = new EditHistory(g);

    private Entity named(String name) {
        return g.find(name).orElseThrow(() -> new AssertionError("no entity " + name));
    }

    private Relation edge(String s, String t, String type) {
        return g.findRelation(named(s), named(t), type).orElseThrow(() -> new AssertionError("no edge " + s + " " + type + " " + t));
    }

    /** Runs the command through the history and checks the undo / redo round trips against full snapshots. */
    private void roundTrip(EditCommand c, Consumer<KnowledgeGraph> expectAfter) {
        String before = GraphSnapshot.of(g);
        history.execute(c);
        String after = GraphSnapshot.of(g);
        assertNotEquals(before, after, "execute changed nothing");
        expectAfter.accept(g);
        assertTrue(history.undo());
        assertEquals(before, GraphSnapshot.of(g), "undo did not restore the graph exactly");
        assertTrue(history.redo());
        assertEquals(after, GraphSnapshot.of(g), "redo did not re-apply the edit exactly");
        expectAfter.accept(g);
        assertTrue(history.undo());
        assertEquals(before, GraphSnapshot.of(g), "second undo did not restore the graph exactly");
    }

    private static Set<String> labels(KnowledgeGraph g) {
        return g.entities().stream().map(Entity::label).collect(Collectors.toSet());
    }

    @Test
    void mergeCombinesNamesMentionsAndEdges() {
        Entity dea = named("DEA");
        Entity sod = named("Special Operations Division");
        int mentions = dea.mentions().size() + sod.mentions().size();
        Relation deaFbi = edge("DEA", "FBI", "PARTNERS_WITH");
        Relation deaSinaloa = edge("DEA", "Sinaloa", "TARGETS");
        assertEquals(1, deaFbi.evidence().size());
        MergeEntities merge = new MergeEntities(g, dea, sod);
        assertEquals("Merge Special Operations Division into Drug Enforcement Administration", merge.description());
        assertEquals(List.of(new Correction.Merge("Drug Enforcement Administration", List.of("Special Operations Division"))),
                merge.corrections());
        roundTrip(merge, after -> {
            assertFalse(labels(after).contains("Special Operations Division"));
            assertSame(dea, after.find("Special Operations Division").orElseThrow());
            assertSame(dea, after.find("SOD").orElseThrow());
            assertEquals(mentions, dea.mentions().size());
            // SOD's PART_OF DEA edge would be a self loop: gone; its TARGETS Sinaloa folded into DEA's.
            assertTrue(after.findRelation(dea, dea, "PART_OF").isEmpty());
            assertEquals(List.of(deaSinaloa), List.copyOf(after.graph().getAllEdges(dea, named("Sinaloa"))));
            assertEquals(2, deaSinaloa.evidence().size(), "SOD's TARGETS evidence folded in");
            assertEquals(2, deaFbi.evidence().size(), "SOD's PARTNERS_WITH evidence folded in");
        });
        assertEquals(1, deaFbi.evidence().size(), "folded evidence taken back off the survivor's edge");
    }

    @Test
    void mergeOfSeveralIsOneUndo() {
        Entity dea = named("DEA");
        int before = g.entityCount();
        MergeEntities merge = new MergeEntities(g, dea, List.of(named("Special Operations Division"), named("CBP"), named("NTC")));
        assertEquals("Merge 3 entities into Drug Enforcement Administration", merge.description());
        roundTrip(merge, after -> {
            assertSame(dea, after.find("CBP").orElseThrow());
            assertSame(dea, after.find("NTC").orElseThrow());
            assertEquals(before - 3, after.entityCount());
        });
    }

    @Test
    void mergeRefusesItselfAndStrangers() {
        Entity dea = named("DEA");
        assertThrows(IllegalArgumentException.class, () -> new MergeEntities(g, dea, dea));
        assertThrows(IllegalArgumentException.class, () -> new MergeEntities(g, dea, new Entity("x", "X", "AGENCY")));
        assertThrows(IllegalArgumentException.class, () -> new MergeEntities(g, dea, List.of()));
    }

    @Test
    void splitAliasMovesItsMentionsOut() {
        Entity sod = named("Special Operations Division");
        SplitAlias split = new SplitAlias(g, sod, "sod");
        assertEquals("Split SOD out of Special Operations Division", split.description());
        roundTrip(split, after -> {
            Entity out = after.find("SOD").orElseThrow();
            assertNotEquals(sod, out);
            assertSame(split.created(), out);
            assertEquals("AGENCY", out.type());
            assertEquals(List.of("SOD"), out.mentions().stream().map(Mention::text).toList());
            assertTrue(sod.mentions().stream().noneMatch(m -> m.text().equals("SOD")));
            assertFalse(sod.aliases().contains("SOD"));
        });
        assertThrows(IllegalArgumentException.class, () -> new SplitAlias(g, sod, "Nothing"));
    }

    @Test
    void renameKeepsOldNameAsAlias() {
        Entity ntc = named("NTC");
        RenameEntity rename = new RenameEntity(g, ntc, "National Targeting Center");
        assertEquals("Rename NTC to National Targeting Center", rename.description());
        assertEquals(List.of(new Correction.Rename("NTC", "National Targeting Center")), rename.corrections());
        roundTrip(rename, after -> {
            assertEquals("National Targeting Center", ntc.label());
            assertSame(ntc, after.find("NTC").orElseThrow());
            assertSame(ntc, after.find("national targeting center").orElseThrow());
        });
    }

    @Test
    void retypeChangesType() {
        Entity sinaloa = named("Sinaloa");
        roundTrip(new RetypeEntity(g, sinaloa, "ORGANIZATION"), after -> assertEquals("ORGANIZATION", sinaloa.type()));
    }

    @Test
    void addAliasMakesTheNameFindTheEntity() {
        Entity europol = named("Europol");
        String alias = "European Union Agency for Law Enforcement Cooperation";
        roundTrip(new AddAlias(g, europol, alias), after -> {
            assertTrue(europol.aliases().contains(alias));
            assertSame(europol, after.find(alias).orElseThrow());
        });
        assertThrows(IllegalArgumentException.class, () -> new AddAlias(g, europol, "FBI"), "a name of another entity");
    }

    @Test
    void removeAliasForgetsTheName() {
        Entity dea = named("Drug Enforcement Administration");
        roundTrip(new RemoveAlias(g, dea, "dea"), after -> {
            assertFalse(dea.aliases().contains("DEA"));
            assertTrue(after.find("DEA").isEmpty());
        });
    }

    @Test
    void deleteEntityTakesItsEdgesAndUndoPutsThemBack() {
        Entity cbp = named("CBP");
        int edges = g.graph().degreeOf(cbp);
        assertTrue(edges >= 3);
        int before = g.relationCount();
        roundTrip(new DeleteEntity(g, cbp), after -> {
            assertTrue(after.find("CBP").isEmpty());
            assertEquals(before - edges, after.relationCount());
        });
        assertEquals(edges, g.graph().degreeOf(cbp));
    }

    @Test
    void deleteRelation() {
        Relation r = edge("DEA", "Sinaloa", "TARGETS");
        DeleteRelation delete = new DeleteRelation(g, r);
        assertEquals(List.of(new Correction.DeleteRelation("Drug Enforcement Administration", "Sinaloa", "TARGETS")),
                delete.corrections());
        roundTrip(delete, after -> assertFalse(after.graph().containsEdge(r)));
    }

    @Test
    void addEntityAndRedoKeepsTheSameObject() {
        AddEntity add = new AddEntity(g, "Joint Interagency Task Force South", "AGENCY", List.of("JIATF-South"));
        roundTrip(add, after -> {
            Entity e = after.find("JIATF-South").orElseThrow();
            assertSame(add.created(), e);
            assertEquals("Joint Interagency Task Force South", e.label());
        });
        assertThrows(IllegalArgumentException.class, () -> new AddEntity(g, "FBI", "AGENCY", List.of()));
    }

    @Test
    void addRelationIsManualWithNote() {
        Entity fbi = named("FBI");
        Entity europol = named("Europol");
        AddRelation add = new AddRelation(g, fbi, europol, "PARTNERS_WITH", "joint press release");
        assertEquals(List.of(new Correction.AddRelation("FBI", "Europol", "PARTNERS_WITH", "joint press release")),
                add.corrections());
        roundTrip(add, after -> {
            Relation r = after.findRelation(fbi, europol, "PARTNERS_WITH").orElseThrow();
            assertSame(add.relation(), r);
            assertTrue(r.manual());
            assertEquals("joint press release", r.note());
        });
        assertTrue(g.findRelation(fbi, europol, "PARTNERS_WITH").isEmpty());
    }

    @Test
    void addRelationOverAnExistingEdgeMarksItManual() {
        Relation existing = edge("DEA", "FBI", "PARTNERS_WITH");
        roundTrip(new AddRelation(g, named("DEA"), named("FBI"), "PARTNERS_WITH", "confirmed"), after -> {
            assertTrue(existing.manual());
            assertEquals("confirmed", existing.note());
            assertEquals(1, after.graph().getAllEdges(named("DEA"), named("FBI")).size());
        });
        assertFalse(existing.manual());
    }

    @Test
    void retypeRelation() {
        Relation r = edge("FBI", "Europol", "CO_OCCURS");
        RetypeRelation retype = new RetypeRelation(g, r, "PARTNERS_WITH");
        assertEquals(List.of(new Correction.RetypeRelation("FBI", "Europol", "CO_OCCURS", "PARTNERS_WITH")), retype.corrections());
        roundTrip(retype, after -> assertEquals("PARTNERS_WITH", r.type()));
    }

    @Test
    void setNoteOnEntityAndOnRelation() {
        Entity captcha = named("Captcha");
        roundTrip(SetNote.on(g, captcha, "web page furniture, not an organisation"),
                after -> assertEquals("web page furniture, not an organisation", captcha.note()));
        Relation r = edge("CBP", "NTC", "PART_OF");
        SetNote onEdge = SetNote.on(g, r, "NTC is run by CBP");
        assertEquals(List.of(new Correction.RelationNote("CBP", "NTC", "PART_OF", "NTC is run by CBP")), onEdge.corrections());
        roundTrip(onEdge, after -> assertEquals("NTC is run by CBP", r.note()));
        assertNull(r.note());
    }

    @Test
    void compoundRetypeOfASelectionUndoesAsOne() {
        List<Entity> picked = List.of(named("Sinaloa"), named("Captcha"));
        CompoundCommand bulk = new CompoundCommand("Retype 2 entities as ORGANIZATION",
                picked.stream().map(e -> (EditCommand) new RetypeEntity(g, e, "ORGANIZATION")).toList());
        roundTrip(bulk, after -> picked.forEach(e -> assertEquals("ORGANIZATION", e.type())));
        assertEquals(2, bulk.corrections().size());
    }

    @Test
    void compoundDeleteOfLinkedEntitiesRestoresTheEdgeBetweenThem() {
        CompoundCommand bulk = new CompoundCommand("Delete 2 entities",
                List.of(new DeleteEntity(g, named("CBP")), new DeleteEntity(g, named("NTC"))));
        roundTrip(bulk, after -> {
            assertTrue(after.find("CBP").isEmpty());
            assertTrue(after.find("NTC").isEmpty());
        });
    }

    @Test
    void editsStackAndUnwindInOrder() {
        String start = GraphSnapshot.of(g);
        Entity ntc = named("NTC");
        history.execute(new RenameEntity(g, ntc, "National Targeting Center"));
        history.execute(new MergeEntities(g, named("CBP"), ntc));
        history.execute(new AddRelation(g, named("CBP"), named("Europol"), "PARTNERS_WITH", null));
        AddEntity add = new AddEntity(g, "Interpol", "AGENCY", List.of());
        history.execute(add);
        history.execute(new AddRelation(g, add.created(), named("Europol"), "PARTNERS_WITH", "exchange of liaison officers"));
        String end = GraphSnapshot.of(g);
        while (history.canUndo()) history.undo();
        assertEquals(start, GraphSnapshot.of(g));
        while (history.canRedo()) history.redo();
        assertEquals(end, GraphSnapshot.of(g));
    }
}
