package org.policygraph.graph.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.policygraph.graph.KnowledgeGraph;

/**
 * Runs edit commands and keeps the undo and redo stacks (Scene Builder's JobManager). A new edit clears the redo
 * stack; the undo stack keeps the last {@link #LIMIT_DEFAULT} edits. Each edit runs in one graph batch, so views
 * redraw once. Call {@link #clear()} when the graph is replaced (re-extraction): old commands hold old objects.
 * Not thread-safe: use it on the thread that owns the graph (the FX thread in the app).
 */
public final class EditHistory {
    public static final int LIMIT_DEFAULT = 500;

    /** What just happened to the history. */
    public enum Change { EXECUTED, UNDONE, REDONE, CLEARED }

    /** Told after every change (command is null for CLEARED); the Edit menu and the correction log listen. */
    @FunctionalInterface
    public interface Listener {
        void historyChanged(EditHistory history, Change change, EditCommand command);
    }

    private final KnowledgeGraph graph;
    private final int limit;
    private final Deque<EditCommand> undo = new ArrayDeque<>();
    private final Deque<EditCommand> redo = new ArrayDeque<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    public EditHistory(KnowledgeGraph graph) {
        this(graph, LIMIT_DEFAULT);
    }

    public EditHistory(KnowledgeGraph graph, int limit) {
        if (limit < 1) throw new IllegalArgumentException("limit must be at least 1");
        this.graph = graph;
        this.limit = limit;
    }

    public void addListener(Listener l) { listeners.add(l); }
    public void removeListener(Listener l) { listeners.remove(l); }

    public void execute(EditCommand c) {
        graph.batch(c::execute);
        undo.push(c);
        if (undo.size() > limit) undo.removeLast();
        redo.clear();
        fire(Change.EXECUTED, c);
    }

    /** Undoes the last edit; false when there is none. */
    public boolean undo() {
        EditCommand c = undo.poll();
        if (c == null) return false;
        graph.batch(c::undo);
        redo.push(c);
        fire(Change.UNDONE, c);
        return true;
    }

    /** Redoes the last undone edit; false when there is none. */
    public boolean redo() {
        EditCommand c = redo.poll();
        if (c == null) return false;
        graph.batch(c::redo);
        undo.push(c);
        fire(Change.REDONE, c);
        return true;
    }

    public boolean canUndo() { return !undo.isEmpty(); }
    public boolean canRedo() { return !redo.isEmpty(); }

    /** What Undo would undo, e.g. "Merge DEA into Drug Enforcement Administration". */
    public Optional<String> undoDescription() { return Optional.ofNullable(undo.peek()).map(EditCommand::description); }
    public Optional<String> redoDescription() { return Optional.ofNullable(redo.peek()).map(EditCommand::description); }

    /** Forgets every edit (the graph was replaced). */
    public void clear() {
        undo.clear();
        redo.clear();
        fire(Change.CLEARED, null);
    }

    private void fire(Change change, EditCommand c) {
        for (Listener l : listeners) l.historyChanged(this, change, c);
    }
}
