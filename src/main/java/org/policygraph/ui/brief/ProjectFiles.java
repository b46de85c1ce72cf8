package org.policygraph.ui.brief;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;

import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.io.project.BundleReader;
import org.policygraph.io.project.BundleWriter;
import org.policygraph.io.project.LoadedProject;
import org.policygraph.io.project.NodePosition;
import org.policygraph.io.project.Project;
import org.policygraph.io.project.ProjectException;
import org.policygraph.io.project.ProjectStore;
import org.policygraph.io.project.SavedView;
import org.policygraph.layout.Point;
import org.policygraph.ui.state.ExplorerViewModel;
import org.policygraph.ui.task.BackgroundTask;
import org.policygraph.ui.task.TaskExecutor;
import org.policygraph.ui.view.GraphView;

/**
 * The open project in the window: which file, whether it has unsaved changes, and New / Open / Save / Save As /
 * bundles. Reading and writing run in the background; a corrupted or newer-version file is a one-line message,
 * the current graph stays and the file is never written. Documents that moved are looked for in a folder the
 * user points at.
 */
public final class ProjectFiles {
    private final ExplorerViewModel vm;
    private final GraphView graphView;
    private final SavedViews views;
    private final TaskExecutor tasks;
    private final ProjectStore store = new ProjectStore();
    private Messages messages;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<String> lastProblem = new ReadOnlyObjectWrapper<>();
    /** The project as last opened or saved: keeps document hashes and corrections we do not edit here. */
    private Project base = Project.of(new KnowledgeGraph());
    private boolean opening;
    private int changes;
    /** The curation UI's corrections, when it is wired in; otherwise those the project came with are kept. */
    private java.util.function.Supplier<List<Map<String, Object>>> correctionsNow;
    private java.util.function.Consumer<List<Map<String, Object>>> correctionsOpened = c -> { };

    public ProjectFiles(ExplorerViewModel vm, GraphView graphView, SavedViews views, TaskExecutor tasks, Messages messages) {
        this.vm = vm;
        this.graphView = graphView;
        this.views = views;
        this.tasks = tasks;
        this.messages = messages;
        vm.graphProperty().addListener((o, a, b) -> changed());
        vm.movesProperty().addListener((o, a, b) -> changed());
        vm.settingsProperty().addListener((o, a, b) -> {
            if (!ViewFilters.toMap(a).equals(ViewFilters.toMap(b))) changed();
        });
        views.list().addListener((ListChangeListener<SavedView>) c -> changed());
    }

    public ReadOnlyObjectProperty<Path> fileProperty() { return file.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty dirtyProperty() { return dirty.getReadOnlyProperty(); }
    /** The last problem reported to the user (for the status line and tests). */
    public ReadOnlyObjectProperty<String> lastProblemProperty() { return lastProblem.getReadOnlyProperty(); }
    public Path file() { return file.get(); }
    public boolean isDirty() { return dirty.get(); }
    /** Grows with every change; autosave compares it with what it saved last. */
    int changes() { return changes; }
    public void setMessages(Messages m) { this.messages = Objects.requireNonNull(m); }

    /**
     * Wires the curation UI in: {@code now} gives its corrections as JSON objects for saving; {@code opened}
     * receives a project's corrections just before its graph is shown (the graph already has them applied).
     */
    public void useCorrections(java.util.function.Supplier<List<Map<String, Object>>> now,
            java.util.function.Consumer<List<Map<String, Object>>> opened) {
        this.correctionsNow = now;
        this.correctionsOpened = opened;
    }

    /** "name.policygraph*" or "Untitled*". */
    public String displayName() {
        String name = file.get() == null ? "Untitled" : file.get().getFileName().toString();
        return name + (dirty.get() ? "*" : "");
    }

    private void changed() {
        if (opening) return;
        changes++;
        dirty.set(true);
    }

    // ---- the project as it is now ----

    /** Everything to save: graph, positions on screen, filters, views, and the corrections the project had. */
    public Project snapshot() {
        Map<String, Point> now = new HashMap<>(vm.visible().positions());
        now.putAll(graphView.currentPositions());
        Map<String, NodePosition> positions = new LinkedHashMap<>();
        now.forEach((id, p) -> positions.put(id, new NodePosition(p.x(), p.y())));
        return new Project(vm.graph(), base.documentHashes(), positions, ViewFilters.toMap(vm.settings()),
                List.copyOf(views.list()), corrections());
    }

    /** The corrections the project came with, then those made in this session that it does not have yet. */
    private List<Map<String, Object>> corrections() {
        if (correctionsNow == null) return base.corrections();
        List<Map<String, Object>> all = new java.util.ArrayList<>(base.corrections());
        for (Map<String, Object> c : correctionsNow.get()) if (!all.contains(c)) all.add(c);
        return all;
    }

    // ---- commands ----

    public void newProject() {
        apply(Project.of(new KnowledgeGraph()), null);
    }

    public void open(Path path) {
        tasks.submit(new BackgroundTask<>("Opening " + path.getFileName(), p -> store.load(path),
                this::opened, e -> problem("Cannot open project", e)));
    }

    /** Unpacks a bundle into a new folder beside it and opens the project inside. */
    public void openBundle(Path zip) {
        Path folder = freeFolder(zip);
        tasks.submit(new BackgroundTask<>("Unpacking " + zip.getFileName(), p -> new BundleReader().read(zip, folder),
                this::opened, e -> problem("Cannot open bundle", e)));
    }

    public void save() {
        if (file.get() == null) {
            problem("Choose where to save", new ProjectException("this project has no file yet: use Save As"));
            return;
        }
        saveAs(file.get());
    }

    public void saveAs(Path target) {
        Project p = snapshot();
        int at = changes;
        tasks.submit(new BackgroundTask<>("Saving " + target.getFileName(), x -> store.save(p, target), saved -> {
            base = saved;
            file.set(target);
            if (changes == at) dirty.set(false);
            onSaved.accept(target);
        }, e -> problem("Cannot save project", e)));
    }

    /** Saves on the calling thread (closing the window cannot wait for a background task); false on failure. */
    public boolean saveAndWait(Path target) {
        try {
            base = store.save(snapshot(), target);
            file.set(target);
            dirty.set(false);
            onSaved.accept(target);
            return true;
        } catch (ProjectException e) {
            problem("Cannot save project", e);
            return false;
        }
    }

    /** The user chose not to keep the changes. */
    public void discardChanges() { dirty.set(false); }

    public void exportBundle(Path zip) {
        Project p = snapshot();
        tasks.submit(new BackgroundTask<>("Writing bundle " + zip.getFileName(), x -> {
            new BundleWriter(store).write(p, zip);
            return zip;
        }, done -> { }, e -> problem("Cannot write bundle", e)));
    }

    private java.util.function.Consumer<Path> onSaved = p -> { };

    /** Autosave hears about every normal save (it discards its recovery copy then). */
    void onSaved(java.util.function.Consumer<Path> listener) { this.onSaved = listener; }

    // ---- opening ----

    private void opened(LoadedProject loaded) {
        LoadedProject l = loaded;
        if (!l.missing().isEmpty()) l = relocate(l);
        apply(l.project(), l.file());
    }

    /** Asks where moved documents went and points the project there; the project opens either way. */
    private LoadedProject relocate(LoadedProject loaded) {
        int n = loaded.missing().size();
        String first = loaded.missing().get(0).path();
        if (!messages.confirm("Documents moved", n + (n == 1 ? " document" : " documents") + " of "
                + loaded.file().getFileName() + " are no longer where they were (first: " + first
                + "). Their text is in the project. Show me the folder they moved to?")) {
            return loaded;
        }
        var folder = messages.folder("Where did the documents go?");
        if (folder.isEmpty()) return loaded;
        try {
            Map<String, String> found = store.locate(loaded.missing(), folder.get());
            if (found.isEmpty()) {
                messages.problem("Documents not found", "None of the missing documents is under " + folder.get());
                return loaded;
            }
            return store.relocate(loaded, found);
        } catch (java.io.IOException e) {
            problem("Cannot look for the documents", e);
            return loaded;
        }
    }

    /** Puts a project into the window: graph, filters, positions (pinned), views; nothing unsaved afterwards. */
    void apply(Project p, Path from) {
        opening = true;
        try {
            Map<String, Point> positions = new HashMap<>();
            p.positions().forEach((id, pos) -> positions.put(id, new Point(pos.x(), pos.y())));
            correctionsOpened.accept(p.corrections()); // before the graph changes: the curation session adopts them
            vm.restore(p.graph(), ViewFilters.fromMap(p.filters()), positions);
            views.setAll(p.views());
            views.setCurrent(-1);
            base = p;
            file.set(from);
        } finally {
            opening = false;
        }
        dirty.set(false);
    }

    /** Recovered work belongs to its original file but is not saved there yet. */
    void applyRecovered(Project p, Path original) {
        apply(p, original);
        changes++;
        dirty.set(true);
    }

    private void problem(String title, Throwable e) {
        String text = e instanceof ProjectException || e instanceof java.io.IOException
                ? e.getMessage() : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        lastProblem.set(text);
        messages.problem(title, text);
    }

    private static Path freeFolder(Path zip) {
        String base = zip.getFileName().toString().replaceFirst("\\.zip$", "");
        Path dir = zip.toAbsolutePath().resolveSibling(base);
        for (int i = 2; Files.exists(dir); i++) dir = zip.toAbsolutePath().resolveSibling(base + "-" + i);
        return dir;
    }
}
