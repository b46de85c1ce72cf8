package org.policygraph.ui.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.graph.corrections.ApplyReport;
import org.policygraph.graph.corrections.Correction;
import org.policygraph.graph.corrections.CorrectionApplier;
import org.policygraph.graph.corrections.CorrectionSet;
import org.policygraph.graph.edit.AddAlias;
import org.policygraph.graph.edit.AddEntity;
import org.policygraph.graph.edit.AddRelation;
import org.policygraph.graph.edit.CompoundCommand;
import org.policygraph.graph.edit.CorrectionRecorder;
import org.policygraph.graph.edit.DeleteEntity;
import org.policygraph.graph.edit.DeleteRelation;
import org.policygraph.graph.edit.EditCommand;
import org.policygraph.graph.edit.EditHistory;
import org.policygraph.graph.edit.MergeEntities;
import org.policygraph.graph.edit.RemoveAlias;
import org.policygraph.graph.edit.RenameEntity;
import org.policygraph.graph.edit.RetypeEntity;
import org.policygraph.graph.edit.RetypeRelation;
import org.policygraph.graph.edit.SetNote;
import org.policygraph.graph.edit.SplitAlias;
import org.policygraph.model.Entity;
import org.policygraph.model.Relation;
import org.policygraph.ui.state.ExplorerViewModel;

/**
 * Curation state: the undo history of the shown graph, the session's corrections, the marked entities of a
 * multi-selection and the edge last clicked. Every edit is a command run through the {@link EditHistory}; the
 * explorer redraws because the graph tells it about each change. When the explorer shows another graph (more
 * documents loaded), the recorded corrections are applied to it before it is drawn, so they survive re-extraction.
 * Never touches a Node.
 */
public final class EditViewModel {
    private final ExplorerViewModel explorer;
    private final CorrectionRecorder recorder = new CorrectionRecorder(CorrectionSet.EMPTY);
    private EditHistory history;

    private final ObservableList<String> marked = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<String> relation = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper correctionCount = new ReadOnlyIntegerWrapper(0);
    private ApplyReport lastReapply = new ApplyReport(0, List.of());

    public EditViewModel(ExplorerViewModel explorer) {
        this.explorer = explorer;
        attach(explorer.graph());
        // a listener of the property runs inside setGraph, before the new graph is laid out and drawn
        explorer.graphProperty().addListener((o, old, g) -> {
            if (adopted != null) {
                // an opened project: its graph has its own corrections applied already, and they replace ours
                recorder.reset(adopted);
                int n = adopted.size();
                adopted = null;
                lastReapply = new ApplyReport(0, List.of());
                attach(g);
                message.set(n == 0 ? "" : "The project's " + n + " corrections are in its graph; new ones add to them");
                return;
            }
            lastReapply = recorder.corrections().isEmpty() ? new ApplyReport(0, List.of())
                    : CorrectionApplier.apply(g, recorder.corrections());
            attach(g);
            if (!recorder.corrections().isEmpty()) {
                message.set("Your " + recorder.corrections().size() + " corrections were applied to the graph again");
            }
        });
        explorer.selectedProperty().addListener((o, a, b) -> changed());
    }

    private void attach(KnowledgeGraph g) {
        history = new EditHistory(g);
        history.addListener(recorder);
        history.addListener((h, change, c) -> changed());
        marked.removeIf(id -> g.entity(id).isEmpty());
        if (relation.get() != null && relation(relation.get()).isEmpty()) relation.set(null);
        changed();
    }

    // ---- state ----

    public ExplorerViewModel explorer() { return explorer; }
    public KnowledgeGraph graph() { return explorer.graph(); }
    public EditHistory history() { return history; }
    public ReadOnlyStringProperty undoTextProperty() { return undoText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty redoTextProperty() { return redoText.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canUndoProperty() { return canUndo.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canRedoProperty() { return canRedo.getReadOnlyProperty(); }
    /** The last thing the user should read: why an edit was refused, or what loading corrections did. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    /** Counts every change of graph, history or selection, so menus re-check what is applicable. */
    public ReadOnlyIntegerProperty revisionProperty() { return revision.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty correctionCountProperty() { return correctionCount.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<String> relationProperty() { return relation.getReadOnlyProperty(); }
    /** Ids marked with Shift+click, in marking order. */
    public ObservableList<String> marked() { return marked; }
    public CorrectionSet corrections() { return recorder.corrections(); }
    /** What re-applying the corrections to the last loaded graph skipped. */
    public ApplyReport lastReapply() { return lastReapply; }

    private void changed() {
        undoText.set(history.undoDescription().map(d -> "Undo " + d).orElse("Undo"));
        redoText.set(history.redoDescription().map(d -> "Redo " + d).orElse("Redo"));
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        correctionCount.set(recorder.corrections().size());
        marked.removeIf(id -> graph().entity(id).isEmpty());
        if (relation.get() != null && relation(relation.get()).isEmpty()) relation.set(null);
        revision.set(revision.get() + 1);
    }

    /** Shift+click: adds the entity to the marked ones, or takes it off again. */
    public void toggleMark(String id) {
        if (!marked.remove(id) && graph().entity(id).isPresent()) marked.add(id);
        changed();
    }

    public void clearMarks() {
        marked.clear();
        changed();
    }

    /** The edge the user acts on (clicked or right-clicked), or null. */
    public void setRelation(String relationId) {
        relation.set(relationId);
        changed();
    }

    public Optional<Relation> selectedRelation() {
        return relation.get() == null ? Optional.empty() : relation(relation.get());
    }

    public Optional<Relation> relation(String id) {
        return graph().relations().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public Optional<Entity> entity(String id) { return graph().entity(id); }

    /** What the entity edits act on: the marked entities, then the selected one if it is not marked. */
    public List<Entity> targets() {
        List<Entity> out = new ArrayList<>();
        for (String id : marked) graph().entity(id).ifPresent(out::add);
        explorer.selectedEntity().filter(e -> !out.contains(e)).ifPresent(out::add);
        return out;
    }

    /** The one entity a single-entity edit acts on (the selection, else a lone mark). */
    public Optional<Entity> target() {
        Optional<Entity> sel = explorer.selectedEntity();
        if (sel.isPresent()) return sel;
        List<Entity> t = targets();
        return t.size() == 1 ? Optional.of(t.get(0)) : Optional.empty();
    }

    public boolean canMerge() { return targets().size() >= 2; }

    /** Shows a line in the curation bar (what a file action did). */
    public void say(String text) { message.set(text); }

    // ---- undo ----

    public void undo() {
        if (history.undo()) message.set("");
    }

    public void redo() {
        if (history.redo()) message.set("");
    }

    // ---- entity edits ----

    /** Merges the other entities into the survivor (names become aliases; mentions and edges combine). */
    public boolean merge(Entity survivor, List<Entity> entities) {
        List<Entity> from = entities.stream().filter(e -> !e.equals(survivor)).toList();
        boolean ok = run(() -> new MergeEntities(graph(), survivor, from));
        if (ok) {
            marked.clear();
            explorer.select(survivor.id());
        }
        return ok;
    }

    public boolean rename(Entity e, String to) { return run(() -> new RenameEntity(graph(), e, to)); }

    /** Retypes one entity, or several as one undoable edit. */
    public boolean retype(List<Entity> entities, String type) {
        if (entities.size() == 1) return run(() -> new RetypeEntity(graph(), entities.get(0), type));
        return run(() -> new CompoundCommand("Retype " + entities.size() + " entities as " + type,
                entities.stream().map(e -> new RetypeEntity(graph(), e, type)).toList()));
    }

    public boolean addAlias(Entity e, String alias) { return run(() -> new AddAlias(graph(), e, alias)); }

    public boolean removeAlias(Entity e, String alias) { return run(() -> new RemoveAlias(graph(), e, alias)); }

    /** Splits an alias out into an entity of its own and selects it. */
    public boolean splitAlias(Entity e, String alias) {
        SplitAlias[] made = new SplitAlias[1];
        boolean ok = run(() -> made[0] = new SplitAlias(graph(), e, alias));
        if (ok) explorer.select(made[0].created().id());
        return ok;
    }

    /** Deletes one entity, or several as one undoable edit. */
    public boolean delete(List<Entity> entities) {
        if (entities.isEmpty()) return false;
        if (entities.size() == 1) return run(() -> new DeleteEntity(graph(), entities.get(0)));
        return run(() -> new CompoundCommand("Delete " + entities.size() + " entities",
                entities.stream().map(e -> new DeleteEntity(graph(), e)).toList()));
    }

    /** Adds an entity the extractor missed and selects it; empty when the name is refused. */
    public Optional<Entity> addEntity(String label, String type, List<String> aliases) {
        AddEntity[] made = new AddEntity[1];
        if (!run(() -> made[0] = new AddEntity(graph(), label, type, aliases))) return Optional.empty();
        explorer.select(made[0].created().id());
        return Optional.of(made[0].created());
    }

    public boolean setNote(Entity e, String note) { return run(() -> SetNote.on(graph(), e, blankToNull(note))); }

    // ---- relation edits ----

    /** Draws an edge by hand (kept as manual, with an optional note). */
    public Optional<Relation> addRelation(Entity source, Entity target, String type, String note) {
        AddRelation[] made = new AddRelation[1];
        if (!run(() -> made[0] = new AddRelation(graph(), source, target, type, blankToNull(note)))) return Optional.empty();
        relation.set(made[0].relation().id());
        return Optional.of(made[0].relation());
    }

    public boolean deleteRelation(Relation r) {
        boolean ok = run(() -> new DeleteRelation(graph(), r));
        if (ok && r.id().equals(relation.get())) relation.set(null);
        return ok;
    }

    public boolean retypeRelation(Relation r, String type) { return run(() -> new RetypeRelation(graph(), r, type)); }

    public boolean setNote(Relation r, String note) { return run(() -> SetNote.on(graph(), r, blankToNull(note))); }

    // ---- corrections ----

    /** Corrections of a project about to be opened, taken over with its graph instead of re-applying ours. */
    private CorrectionSet adopted;

    /**
     * The next graph is an opened project's, with these corrections already applied: they become the session's
     * (saved with it, re-applied after later loads) and the session's previous ones are not applied to it.
     */
    public void adoptWithNextGraph(CorrectionSet projectCorrections) {
        adopted = projectCorrections;
    }

    /**
     * Applies loaded corrections to the shown graph and keeps them (after the session's own) so they are
     * re-applied after every load. The undo history is cleared: its edits no longer describe the graph.
     */
    public ApplyReport applyCorrections(CorrectionSet loaded) {
        List<Correction> fresh = loaded.corrections().stream()
                .filter(c -> !recorder.corrections().corrections().contains(c)).toList();
        ApplyReport report = CorrectionApplier.apply(graph(), loaded);
        recorder.reset(recorder.corrections().with(fresh));
        history.clear();
        message.set(report.applied() + " of " + loaded.size() + " corrections applied"
                + (report.allApplied() ? "" : ", " + report.skipped().size() + " skipped"));
        return report;
    }

    /** Runs a command made by the factory; a refused edit (bad name, entity gone) becomes the message instead. */
    private boolean run(Supplier<EditCommand> factory) {
        try {
            history.execute(factory.get());
            message.set("");
            return true;
        } catch (IllegalArgumentException | IllegalStateException e) {
            message.set(e.getMessage());
            changed();
            return false;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
