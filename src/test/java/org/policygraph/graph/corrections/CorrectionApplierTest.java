package org.policygraph.graph.corrections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.policygraph.graph.GraphMerger;
import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.graph.edit.AddAlias;
import org.policygraph.graph.edit.AddEntity;
import org.policygraph.graph.edit.AddRelation;
import org.policygraph.graph.edit.CorrectionRecorder;
import org.policygraph.graph.edit.DeleteEntity;
import org.policygraph.graph.edit.DeleteRelation;
import org.policygraph.graph.edit.EditHistory;
import org.policygraph.graph.edit.Fixtures;
import org.policygraph.graph.edit.GraphSnapshot;
import org.policygraph.graph.edit.MergeEntities;
import org.policygraph.graph.edit.RemoveAlias;
import org.policygraph.graph.edit.RenameEntity;
import org.policygraph.graph.edit.RetypeEntity;
import org.policygraph.graph.edit.RetypeRelation;
import org.policygraph.graph.edit.SetNote;
import org.policygraph.graph.edit.SplitAlias;
import org.policygraph.model.Entity;
import org.policygraph.model.Relation;

class CorrectionApplierTest {
    private final KnowledgeGraph g = Fixtures.sample();

    private Entity named(String name) {
        return g.find(name).orElseThrow(() -> new AssertionError("no entity " + name));
    }

    private ApplyReport apply(Correction... cs) {
        return CorrectionApplier.apply(g, CorrectionSet.of(cs));
    }

    @Test
    void merge() {
        Entity dea = named("Drug Enforcement Administration");
        ApplyReport r = apply(new Correction.Merge("Drug Enforcement Administration", List.of("Special Operations Division", "NTC")));
        assertEquals(1, r.applied());
        assertTrue(r.allApplied());
        assertSame(dea, named("SOD"));
        assertSame(dea, named("NTC"));
    }

    @Test
    void mergeWithOneNameGoneIsPartlyApplied() {
        ApplyReport r = apply(new Correction.Merge("DEA", List.of("SOD", "Office of Nowhere")));
        assertEquals(1, r.applied());
        assertEquals("correction 1 partly skipped: no entity named \"Office of Nowhere\"", r.skipped().get(0).message());
        assertSame(named("DEA"), named("SOD"));
    }

    @Test
    void renameRetypeAndAliases() {
        ApplyReport r = apply(new Correction.Rename("NTC", "National Targeting Center"),
                new Correction.Retype("Sinaloa", "ORGANIZATION"),
                new Correction.AddAlias("Europol", "European Union Agency for Law Enforcement Cooperation"),
                new Correction.RemoveAlias("Drug Enforcement Administration", "DEA"));
        assertEquals(4, r.applied());
        assertEquals("National Targeting Center", named("NTC").label());
        assertEquals("ORGANIZATION", named("Sinaloa").type());
        assertSame(named("Europol"), named("european union agency for law enforcement cooperation"));
        assertTrue(g.find("DEA").isEmpty());
    }

    @Test
    void addAliasThatNamesAnotherEntityIsSkipped() {
        ApplyReport r = apply(new Correction.AddAlias("Europol", "FBI"));
        assertEquals(0, r.applied());
        assertEquals("correction 1 skipped: \"FBI\" already names \"FBI\"", r.skipped().get(0).message());
        assertFalse(named("Europol").aliases().contains("FBI"));
    }

    @Test
    void splitAlias() {
        Entity sod = named("Special Operations Division");
        ApplyReport r = apply(new Correction.SplitAlias("Special Operations Division", "SOD"));
        assertEquals(1, r.applied());
        assertNotSame(sod, named("SOD"));
        assertEquals(1, named("SOD").mentions().size());
        assertEquals(1, apply(new Correction.SplitAlias("Special Operations Division", "SOD")).applied(), "already split holds");
        assertFalse(apply(new Correction.SplitAlias("FBI", "Bureau")).allApplied());
    }

    @Test
    void deleteAndAddEntity() {
        ApplyReport r = apply(new Correction.Delete("Captcha"),
                new Correction.AddEntity("Interpol", "AGENCY", List.of("ICPO")));
        assertEquals(2, r.applied());
        assertTrue(g.find("Captcha").isEmpty());
        assertEquals("AGENCY", named("ICPO").type());
        assertEquals("Interpol", named("ICPO").label());
    }

    @Test
    void relationsAddDeleteRetypeAndNote() {
        ApplyReport r = apply(new Correction.AddRelation("FBI", "Europol", "PARTNERS_WITH", "joint press release"),
                new Correction.DeleteRelation("Sinaloa", "DEA", "TARGETS"),
                new Correction.RetypeRelation("CBP", "Captcha", "CO_OCCURS", "PARTNERS_WITH"),
                new Correction.RelationNote("NTC", "CBP", "PART_OF", "run by CBP"),
                new Correction.EntityNote("Captcha", "a web page, not an organisation"));
        assertEquals(5, r.applied(), r.skipped().toString());
        Relation drawn = g.findRelation(named("FBI"), named("Europol"), "PARTNERS_WITH").orElseThrow();
        assertTrue(drawn.manual());
        assertEquals("joint press release", drawn.note());
        assertTrue(g.findRelation(named("DEA"), named("Sinaloa"), "TARGETS").isEmpty(), "either direction matches");
        assertTrue(g.findRelation(named("Captcha"), named("CBP"), "PARTNERS_WITH").isPresent());
        assertTrue(g.findRelation(named("Captcha"), named("CBP"), "CO_OCCURS").isEmpty());
        assertEquals("run by CBP", g.findRelation(named("CBP"), named("NTC"), "PART_OF").orElseThrow().note());
        assertEquals("a web page, not an organisation", named("Captcha").note());
    }

    @Test
    void missingEntitiesAreReportedAndTheRestStillApply() {
        ApplyReport r = apply(new Correction.Retype("Sinaloa", "ORGANIZATION"),
                new Correction.Delete("Nonexistent Bureau of Examples"),
                new Correction.AddRelation("FBI", "Atlantis Police", "PARTNERS_WITH", null),
                new Correction.DeleteRelation("FBI", "Sinaloa", "TARGETS"),
                new Correction.Rename("NTC", "National Targeting Center"));
        assertEquals(2, r.applied());
        assertEquals(List.of("correction 2 skipped: no entity named \"Nonexistent Bureau of Examples\"",
                "correction 3 skipped: no entity named \"Atlantis Police\"",
                "correction 4 skipped: no TARGETS relation between \"FBI\" and \"Sinaloa\""),
                r.skipped().stream().map(ApplyReport.Skipped::message).toList());
        assertEquals("ORGANIZATION", named("Sinaloa").type());
        assertEquals("National Targeting Center", named("NTC").label());
    }

    private static final CorrectionSet ISSUE_SET = new CorrectionSet(List.of(
            new Correction.Merge("Drug Enforcement Administration", List.of("Special Operations Division")),
            new Correction.Rename("NTC", "National Targeting Center"),
            new Correction.Retype("Sinaloa", "ORGANIZATION"),
            new Correction.AddAlias("Europol", "European Union Agency for Law Enforcement Cooperation"),
            new Correction.Delete("Captcha"),
            new Correction.AddRelation("FBI", "Europol", "PARTNERS_WITH", "joint press release"),
            new Correction.DeleteRelation("CBP", "NTC", "PART_OF")));

    private static void assertCorrectionsHold(KnowledgeGraph g) {
        Entity dea = g.find("Drug Enforcement Administration").orElseThrow();
        assertSame(dea, g.find("Special Operations Division").orElseThrow(), "merged stays merged");
        assertEquals(1, g.entities().stream().filter(e -> e.names().contains("Special Operations Division")).count());
        assertEquals("National Targeting Center", g.find("NTC").orElseThrow().label());
        assertEquals("ORGANIZATION", g.find("Sinaloa").orElseThrow().type());
        assertSame(g.find("Europol").orElseThrow(), g.find("European Union Agency for Law Enforcement Cooperation").orElseThrow());
        assertTrue(g.find("Captcha").isEmpty(), "deleted stays deleted");
        Relation drawn = g.findRelation(g.find("FBI").orElseThrow(), g.find("Europol").orElseThrow(), "PARTNERS_WITH").orElseThrow();
        assertTrue(drawn.manual());
        assertEquals("joint press release", drawn.note());
        assertTrue(g.findRelation(g.find("CBP").orElseThrow(), g.find("NTC").orElseThrow(), "PART_OF").isEmpty());
    }

    @Test
    void correctionsHoldAfterAddingDocuments() {
        ApplyReport first = CorrectionApplier.apply(g, ISSUE_SET);
        assertEquals(7, first.applied(), first.skipped().toString());
        assertCorrectionsHold(g);
        // a later document names the Special Operations Division and Captcha again
        new GraphMerger().merge(g, Fixtures.third());
        assertTrue(g.find("Captcha").isPresent(), "the new document brought Captcha back");
        ApplyReport again = CorrectionApplier.apply(g, ISSUE_SET);
        assertCorrectionsHold(g);
        // what no longer exists is reported, never thrown
        assertEquals(List.of("correction 7 skipped: no PART_OF relation between \"CBP\" and \"National Targeting Center\""),
                again.skipped().stream().map(ApplyReport.Skipped::message).toList());
        Entity dea = g.find("DEA").orElseThrow();
        assertTrue(dea.documents().contains("briefing-3"), "the new mentions of the merged name went to the survivor");
    }

    @Test
    void correctionsHoldAfterReExtractionFromScratch() {
        KnowledgeGraph fresh = Fixtures.graph(Fixtures.first(), Fixtures.second(), Fixtures.third());
        ApplyReport r = CorrectionApplier.apply(fresh, ISSUE_SET);
        assertTrue(r.allApplied(), r.skipped().toString());
        assertCorrectionsHold(fresh);
    }

    @Test
    void applyingTwiceChangesNothing() {
        CorrectionApplier.apply(g, ISSUE_SET);
        String once = GraphSnapshot.of(g);
        CorrectionApplier.apply(g, ISSUE_SET);
        assertEquals(once, GraphSnapshot.of(g));
    }

    /** A graph by names only (ids may differ between two graphs built the same way). */
    private static String byNames(KnowledgeGraph g) {
        TreeSet<String> lines = new TreeSet<>();
        for (Entity e : g.entities()) {
            lines.add(e.label() + " | " + e.type() + " | " + new TreeSet<>(e.aliases()) + " | " + e.mentions().size()
                    + " mentions | note " + e.note());
        }
        for (Relation r : g.relations()) {
            lines.add(g.source(r).label() + " -" + r.type() + "-> " + g.target(r).label() + " | " + r.evidence().size()
                    + " evidence | note " + r.note() + " | manual " + r.manual());
        }
        return lines.stream().collect(Collectors.joining("\n"));
    }

    @Test
    void editsRecordedAsCorrectionsReplayOnAFreshExtraction() {
        EditHistory history = new EditHistory(g);
        CorrectionRecorder recorder = new CorrectionRecorder(CorrectionSet.EMPTY);
        history.addListener(recorder);
        history.execute(new RenameEntity(g, named("NTC"), "National Targeting Center"));
        history.execute(new MergeEntities(g, named("Drug Enforcement Administration"), named("Special Operations Division")));
        history.execute(new SplitAlias(g, named("Drug Enforcement Administration"), "SOD"));
        history.execute(new RetypeEntity(g, named("Sinaloa"), "ORGANIZATION"));
        history.execute(new AddAlias(g, named("Europol"), "European Union Agency for Law Enforcement Cooperation"));
        history.execute(new RemoveAlias(g, named("Drug Enforcement Administration"), "DEA"));
        history.execute(new DeleteEntity(g, named("Captcha")));
        AddEntity interpol = new AddEntity(g, "Interpol", "AGENCY", List.of("ICPO"));
        history.execute(interpol);
        history.execute(new AddRelation(g, interpol.created(), named("Europol"), "PARTNERS_WITH", "liaison officers"));
        history.execute(new DeleteRelation(g, g.findRelation(named("CBP"), named("National Targeting Center"), "PART_OF").orElseThrow()));
        history.execute(new RetypeRelation(g, g.findRelation(named("FBI"), named("Europol"), "CO_OCCURS").orElseThrow(), "PARTNERS_WITH"));
        history.execute(SetNote.on(g, named("FBI"), "federal"));
        history.execute(SetNote.on(g, g.findRelation(named("Interpol"), named("Europol"), "PARTNERS_WITH").orElseThrow(), "since 2001"));
        assertEquals(13, recorder.corrections().size());

        KnowledgeGraph fresh = Fixtures.sample();
        ApplyReport r = CorrectionApplier.apply(fresh, recorder.corrections());
        assertTrue(r.allApplied(), r.skipped().toString());
        assertEquals(byNames(g), byNames(fresh));
    }
}
