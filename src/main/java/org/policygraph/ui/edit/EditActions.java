package org.policygraph.ui.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

import org.policygraph.model.Entity;
import org.policygraph.model.Relation;

/**
 * Every curation action once, with its text, shortcut and when it applies: the Edit menu, the graph's context
 * menus and the details panel's menu are all built from these. The dialogs ask; the {@link EditViewModel} edits.
 */
public final class EditActions {
    /** One action: the text may name what it acts on, so it is computed when shown. */
    private record Action(String id, Supplier<String> text, String accelerator, BooleanSupplier enabled, Runnable run) {
    }

    private final EditViewModel vm;
    private final Supplier<EditDialogs> dialogs;
    private final Action undo, redo, merge, rename, retype, addAlias, removeAlias, splitAlias, note, delete,
            addEdge, addNode, retypeEdge, noteEdge, deleteEdge, clearMarks;

    public EditActions(EditViewModel vm, Supplier<EditDialogs> dialogs) {
        this.vm = vm;
        this.dialogs = dialogs;
        undo = new Action("edit-undo", vm.undoTextProperty()::get, "Shortcut+Z", vm.canUndoProperty()::get, vm::undo);
        redo = new Action("edit-redo", vm.redoTextProperty()::get, "Shortcut+Shift+Z", vm.canRedoProperty()::get, vm::redo);
        merge = new Action("edit-merge", () -> vm.canMerge() ? "Merge " + vm.targets().size() + " selected…"
                : "Merge… (Shift+click to mark more nodes)", "Shortcut+Shift+M",
                vm::canMerge, this::merge);
        rename = new Action("edit-rename", () -> "Rename" + one() + "…", "F2", this::hasOne, this::rename);
        retype = new Action("edit-retype", () -> "Change type of" + many() + "…", "Shortcut+Shift+T",
                () -> !vm.targets().isEmpty(), this::retype);
        addAlias = new Action("edit-add-alias", () -> "Add alias to" + one() + "…", null, this::hasOne, this::addAlias);
        removeAlias = new Action("edit-remove-alias", () -> "Remove alias of" + one() + "…", null, this::hasAliases,
                this::removeAlias);
        splitAlias = new Action("edit-split-alias", () -> "Split alias out of" + one() + "…", null, this::hasAliases,
                this::splitAlias);
        note = new Action("edit-note", () -> "Note on" + one() + "…", null, this::hasOne, this::note);
        delete = new Action("edit-delete", () -> "Delete" + many(), "Delete", () -> !vm.targets().isEmpty(), this::delete);
        addEdge = new Action("edit-add-edge", () -> "Add link from" + one() + "…", "Shortcut+Shift+L", this::hasOne,
                this::addEdge);
        addNode = new Action("edit-add-node", () -> "Add node…", "Shortcut+Shift+N", () -> true, this::addNode);
        retypeEdge = new Action("edit-retype-edge", () -> "Change link type" + link() + "…", null,
                () -> vm.selectedRelation().isPresent(), this::retypeEdge);
        noteEdge = new Action("edit-note-edge", () -> "Note on link" + link() + "…", null,
                () -> vm.selectedRelation().isPresent(), this::noteEdge);
        deleteEdge = new Action("edit-delete-edge", () -> "Delete link" + link(), null,
                () -> vm.selectedRelation().isPresent(), this::deleteEdge);
        clearMarks = new Action("edit-clear-marks", () -> "Clear marks", null, () -> !vm.marked().isEmpty(), vm::clearMarks);
    }

    // ---- menus ----

    /** The curation part of the Edit menu, kept up to date as the selection and history change. */
    public List<MenuItem> editMenuItems() {
        return items(true, undo, redo, null, merge, rename, retype, addAlias, removeAlias, splitAlias, note, delete,
                null, addNode, addEdge, null, retypeEdge, noteEdge, deleteEdge, null, clearMarks);
    }

    /** Right-click on a node: the entity actions on it (and the other marked nodes). */
    public ContextMenu entityMenu() {
        return new ContextMenu(items(false, merge, rename, retype, addAlias, removeAlias, splitAlias, note, addEdge,
                null, delete, null, undo).toArray(MenuItem[]::new));
    }

    /** Right-click on a link. */
    public ContextMenu relationMenu() {
        return new ContextMenu(items(false, retypeEdge, noteEdge, deleteEdge, null, undo).toArray(MenuItem[]::new));
    }

    private List<MenuItem> items(boolean withKeys, Action... actions) {
        List<MenuItem> out = new ArrayList<>();
        for (Action a : actions) {
            if (a == null) {
                out.add(new SeparatorMenuItem());
                continue;
            }
            MenuItem m = new MenuItem();
            // texts name entities and relation types: an underscore is not a mnemonic
            m.setMnemonicParsing(false);
            m.setId(a.id() + (withKeys ? "" : "-context"));
            if (withKeys && a.accelerator() != null) m.setAccelerator(KeyCombination.keyCombination(a.accelerator()));
            m.setOnAction(e -> {
                if (a.enabled().getAsBoolean()) a.run().run();
            });
            Runnable refresh = () -> {
                m.setText(a.text().get());
                m.setDisable(!a.enabled().getAsBoolean());
            };
            refresh.run();
            vm.revisionProperty().addListener((o, x, y) -> refresh.run());
            out.add(m);
        }
        return out;
    }

    // ---- what the actions act on ----

    private boolean hasOne() { return vm.target().isPresent(); }

    private boolean hasAliases() { return vm.target().map(e -> !e.aliases().isEmpty()).orElse(false); }

    private String one() { return vm.target().map(e -> " " + e.label()).orElse(""); }

    private String many() {
        List<Entity> t = vm.targets();
        return t.isEmpty() ? "" : t.size() == 1 ? " " + t.get(0).label() : " " + t.size() + " entities";
    }

    private String link() {
        return vm.selectedRelation().map(r -> " " + vm.graph().source(r).label() + " → " + vm.graph().target(r).label())
                .orElse("");
    }

    // ---- the actions ----

    public void merge() {
        List<Entity> t = vm.targets();
        if (t.size() < 2) return;
        dialogs.get().chooseSurvivor(t).ifPresent(s -> vm.merge(s, t));
    }

    public void rename() {
        vm.target().ifPresent(e -> dialogs.get().text("Rename " + e.label(), "The old name stays as an alias.",
                e.label(), "rename-dialog").ifPresent(n -> vm.rename(e, n)));
    }

    public void retype() {
        List<Entity> t = vm.targets();
        if (t.isEmpty()) return;
        String title = t.size() == 1 ? "Change the type of " + t.get(0).label() : "Change the type of " + t.size() + " entities";
        dialogs.get().entityType(title, t.get(0).type()).ifPresent(type -> vm.retype(t, type));
    }

    public void addAlias() {
        vm.target().ifPresent(e -> dialogs.get().text("Add an alias to " + e.label(),
                "Another name the documents use for " + e.label() + ".", "", "alias-dialog").ifPresent(a -> vm.addAlias(e, a)));
    }

    public void removeAlias() {
        vm.target().ifPresent(e -> dialogs.get().alias("Remove an alias", e, "remove-alias-dialog")
                .ifPresent(a -> vm.removeAlias(e, a)));
    }

    public void splitAlias() {
        vm.target().ifPresent(e -> dialogs.get().alias("Split an alias out", e, "split-alias-dialog")
                .ifPresent(a -> vm.splitAlias(e, a)));
    }

    public void note() {
        vm.target().ifPresent(e -> dialogs.get().note(e.label(), e.note()).ifPresent(n -> vm.setNote(e, n)));
    }

    public void delete() {
        vm.delete(vm.targets());
    }

    public void addEdge() {
        vm.target().ifPresent(s -> dialogs.get().newEdge(vm.graph(), s)
                .ifPresent(x -> vm.addRelation(s, x.target(), x.type(), x.note())));
    }

    public void addNode() {
        dialogs.get().newEntity("Add a node", "add-node-dialog", "An entity the documents name but the extractor missed.")
                .ifPresent(n -> vm.addEntity(n.name(), n.type(), n.aliases()));
    }

    public void retypeEdge() {
        vm.selectedRelation().ifPresent(r -> dialogs.get().relationType("Change the link type", r.type())
                .ifPresent(t -> vm.retypeRelation(r, t)));
    }

    public void noteEdge() {
        vm.selectedRelation().ifPresent(r -> dialogs.get().note(vm.graph().source(r).label() + " → "
                + vm.graph().target(r).label(), r.note()).ifPresent(n -> vm.setNote(r, n)));
    }

    public void deleteEdge() {
        vm.selectedRelation().ifPresent((Relation r) -> vm.deleteRelation(r));
    }
}
