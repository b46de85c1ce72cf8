package org.policygraph.ui.brief;

import java.util.List;
import java.util.function.UnaryOperator;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.policygraph.io.project.SavedView;

/**
 * The project's saved views in order, and which one is current (-1 = none). Create, rename, reorder, update,
 * delete; every change goes through here so the strip, the presenter and the project file agree. Never touches a Node.
 */
public final class SavedViews {
    private final ObservableList<SavedView> views = FXCollections.observableArrayList();
    /** One read-only wrapper for everybody: it holds its listeners weakly, so a fresh one per call would lose them. */
    private final ObservableList<SavedView> readOnly = FXCollections.unmodifiableObservableList(views);
    private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper(-1);

    public ObservableList<SavedView> list() { return readOnly; }
    public ReadOnlyIntegerProperty currentProperty() { return current.getReadOnlyProperty(); }
    public int current() { return current.get(); }
    public int size() { return views.size(); }
    public SavedView get(int i) { return views.get(i); }

    public void setAll(List<SavedView> all) {
        current.set(-1);
        views.setAll(all);
        current.set(views.isEmpty() ? -1 : 0);
    }

    public void setCurrent(int i) { current.set(i < 0 || i >= views.size() ? -1 : i); }

    /** A name not used yet: "View 1", "View 2", ... */
    public String freshName() {
        for (int i = views.size() + 1; ; i++) {
            String name = "View " + i;
            if (views.stream().noneMatch(v -> v.name().equals(name))) return name;
        }
    }

    /** Adds after the current view (or at the end) and makes it current. */
    public int add(SavedView v) {
        int at = current.get() < 0 ? views.size() : current.get() + 1;
        views.add(at, v);
        current.set(at);
        return at;
    }

    public void rename(int i, String name) {
        if (name == null || name.isBlank()) return;
        change(i, v -> Views.named(v, name.strip()));
    }

    public void change(int i, UnaryOperator<SavedView> edit) {
        if (i < 0 || i >= views.size()) return;
        SavedView next = edit.apply(views.get(i));
        if (!next.equals(views.get(i))) views.set(i, next);
    }

    /** Moves a view by delta places (−1 left, +1 right); the moved view stays current. */
    public void move(int i, int delta) {
        int j = i + delta;
        if (i < 0 || i >= views.size() || j < 0 || j >= views.size()) return;
        SavedView v = views.remove(i);
        views.add(j, v);
        current.set(j);
    }

    public void delete(int i) {
        if (i < 0 || i >= views.size()) return;
        views.remove(i);
        current.set(views.isEmpty() ? -1 : Math.min(i, views.size() - 1));
    }
}
