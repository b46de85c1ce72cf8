package org.policygraph.graph.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.graph.corrections.Correction;
import org.policygraph.graph.corrections.CorrectionSet;

class EditHistoryTest {
    private final KnowledgeGraph g = Fixtures.sample();
    private final EditHistory history = new EditHistory(g);

    @Test
    void menuDescriptionsFollowTheStacks() {
        assertFalse(history.canUndo());
        assertFalse(history.canRedo());
        assertEquals(Optional.empty(), history.undoDescription());
        history.execute(new MergeEntities(g, g.find("Drug Enforcement Administration").orElseThrow(), g.find("SOD").orElseThrow()));
        assertEquals(Optional.of("Merge Special Operations Division into Drug Enforcement Administration"), history.undoDescription());
        history.undo();
        assertFalse(history.canUndo());
        assertEquals(Optional.of("Merge Special Operations Division into Drug Enforcement Administration"), history.redoDescription());
        history.execute(new RetypeEntity(g, g.find("Sinaloa").orElseThrow(), "ORGANIZATION"));
        assertFalse(history.canRedo(), "a new edit clears redo");
        assertFalse(history.redo());
        assertEquals(Optional.of("Retype Sinaloa as ORGANIZATION"), history.undoDescription());
    }

    @Test
    void listenersHearEveryChangeAndGraphListenersHearOncePerEdit() {
        List<String> heard = new ArrayList<>();
        int[] graphEvents = {0};
        g.addListener(x -> graphEvents[0]++);
        history.addListener((h, change, c) -> heard.add(change + (c == null ? "" : " " + c.description())));
        history.execute(new MergeEntities(g, g.find("CBP").orElseThrow(), List.of(g.find("NTC").orElseThrow(), g.find("Captcha").orElseThrow())));
        assertEquals(1, graphEvents[0], "one redraw per edit");
        history.undo();
        history.redo();
        history.clear();
        assertEquals(List.of("EXECUTED Merge 2 entities into CBP", "UNDONE Merge 2 entities into CBP",
                "REDONE Merge 2 entities into CBP", "CLEARED"), heard);
        assertFalse(history.canUndo());
    }

    @Test
    void limitDropsTheOldestEdits() {
        EditHistory small = new EditHistory(g, 2);
        small.execute(new RetypeEntity(g, g.find("Sinaloa").orElseThrow(), "ORGANIZATION"));
        small.execute(new RetypeEntity(g, g.find("Captcha").orElseThrow(), "AGENCY"));
        small.execute(new RetypeEntity(g, g.find("CBP").orElseThrow(), "ORGANIZATION"));
        assertTrue(small.undo());
        assertTrue(small.undo());
        assertFalse(small.undo());
        assertEquals("ORGANIZATION", g.find("Sinaloa").orElseThrow().type());
    }

    @Test
    void recorderKeepsCorrectionsInStepWithUndo() {
        Correction loaded = new Correction.Delete("Captcha");
        CorrectionRecorder recorder = new CorrectionRecorder(CorrectionSet.of(loaded));
        history.addListener(recorder);
        history.execute(new RenameEntity(g, g.find("NTC").orElseThrow(), "National Targeting Center"));
        history.execute(new RetypeEntity(g, g.find("Sinaloa").orElseThrow(), "ORGANIZATION"));
        assertEquals(List.of(loaded, new Correction.Rename("NTC", "National Targeting Center"),
                new Correction.Retype("Sinaloa", "ORGANIZATION")), recorder.corrections().corrections());
        history.undo();
        assertEquals(2, recorder.corrections().size());
        history.redo();
        assertEquals(new Correction.Retype("Sinaloa", "ORGANIZATION"), recorder.corrections().corrections().get(2));
        history.clear();
        assertEquals(3, recorder.corrections().size(), "clearing history keeps the corrections");
    }

    @Test
    void failingPartOfACompoundUndoesTheDoneParts() {
        String before = GraphSnapshot.of(g);
        EditCommand boom = new EditCommand() {
            @Override public void execute() { throw new IllegalStateException("boom"); }
            @Override public void undo() { }
            @Override public String description() { return "boom"; }
            @Override public List<Correction> corrections() { return List.of(); }
        };
        CompoundCommand c = new CompoundCommand("two", List.of(new RetypeEntity(g, g.find("CBP").orElseThrow(), "ORGANIZATION"), boom));
        try {
            history.execute(c);
        } catch (IllegalStateException expected) {
            // the history must not record it
        }
        assertEquals(before, GraphSnapshot.of(g));
        assertFalse(history.canUndo());
    }
}
