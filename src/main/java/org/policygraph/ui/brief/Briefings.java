package org.policygraph.ui.brief;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.policygraph.extract.Ontology;
import org.policygraph.io.project.ProjectStore;
import org.policygraph.layout.GraphLayouter;
import org.policygraph.ui.state.ExplorerViewModel;
import org.policygraph.ui.task.TaskExecutor;
import org.policygraph.ui.view.GraphView;
import org.policygraph.ui.view.Theme;

/**
 * Everything the main window gets from briefings, in one place: the views strip, project file commands, autosave,
 * presenter mode and view exports, with their menu items. The window only places the strip and the menus.
 */
public final class Briefings {
    private final ExplorerViewModel vm;
    private final GraphView graphView;
    private final TaskExecutor tasks;
    private final GraphLayouter layouter;
    private final Ontology ontology;
    private final Theme theme;
    private final Supplier<Window> owner;
    private final SavedViews views = new SavedViews();
    private final ViewCapture capture;
    private final Thumbnails thumbnails;
    private final ProjectFiles projects;
    private final Autosave autosave;
    private final ViewExports exports;
    private final ViewsStrip strip;
    private PresenterWindow presenter;

    public Briefings(ExplorerViewModel vm, GraphView graphView, TaskExecutor tasks, GraphLayouter layouter,
            Ontology ontology, Theme theme, Supplier<Window> owner, Consumer<String> problems) {
        this.vm = vm;
        this.graphView = graphView;
        this.tasks = tasks;
        this.layouter = layouter;
        this.ontology = ontology;
        this.theme = theme;
        this.owner = owner;
        this.capture = new ViewCapture(vm, graphView);
        this.thumbnails = new Thumbnails(ontology);
        this.projects = new ProjectFiles(vm, graphView, views, tasks, Messages.dialogs(owner));
        this.autosave = new Autosave(projects, tasks, Autosave.defaultDirectory());
        this.exports = new ViewExports(vm, graphView, views, thumbnails, tasks, problems);
        this.strip = new ViewsStrip(views, capture, vm, thumbnails, this::present);
    }

    public ViewsStrip strip() { return strip; }
    public SavedViews views() { return views; }
    public ViewCapture capture() { return capture; }
    public ProjectFiles projects() { return projects; }
    public Autosave autosave() { return autosave; }
    public ViewExports exports() { return exports; }
    /** The presenter window while it is open, else null. */
    public PresenterWindow presenter() { return presenter; }

    /** A .policygraph (or .pgproj) file: opened as a project, not read as a document. */
    public static boolean isProjectFile(Path p) {
        String n = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(ProjectStore.EXTENSION) || n.endsWith(".pgproj");
    }

    /** Window title part: "name.policygraph*" or "Untitled*". */
    public String titlePart() { return projects.displayName(); }

    /** F5: the saved views full-screen from view i (the current picture when there are none). */
    public void present(int i) {
        if (presenter != null) presenter.close();
        List<org.policygraph.io.project.SavedView> list = views.size() > 0 ? List.copyOf(views.list())
                : List.of(capture.capture("Current view"));
        presenter = new PresenterWindow(list, vm.graph(), tasks, layouter, ontology, theme);
        presenter.stage().setOnHidden(e -> presenter = null);
        if (owner.get() != null) presenter.stage().initOwner(owner.get());
        presenter.show(Math.min(i, list.size() - 1));
    }

    /** F5 works wherever the focus is (some controls swallow function keys before menu accelerators see them). */
    public void installKeys(javafx.scene.Scene scene) {
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.F5 && !e.isShortcutDown()) {
                present(e.isShiftDown() ? Math.max(0, views.current()) : 0);
                e.consume();
            }
        });
    }

    // ---- app start and exit ----

    /** The real app: offers recovered work, autosaves every minute, asks before losing unsaved changes. */
    public void startWith(Stage stage) {
        autosave.offerRecovery(Messages.dialogs(owner));
        autosave.start();
        stage.setOnCloseRequest(e -> {
            if (!confirmDiscardOrSave()) e.consume();
        });
        stage.setOnHidden(e -> {
            if (!projects.isDirty()) autosave.cleanExit(); else autosave.stop();
        });
    }

    /** True when it is fine to drop the current project (saved, or the user said so). */
    private boolean confirmDiscardOrSave() {
        if (!projects.isDirty()) return true;
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "Save changes to " + projects.displayName().replace("*", "") + "?",
                save, discard, ButtonType.CANCEL);
        a.setHeaderText("Unsaved changes");
        if (owner.get() != null) a.initOwner(owner.get());
        ButtonType answer = a.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == discard) {
            projects.discardChanges();
            return true;
        }
        if (answer != save) return false;
        Path target = projects.file() != null ? projects.file() : chooseProject(true);
        return target != null && projects.saveAndWait(target);
    }

    // ---- menus ----

    /** Items at the top of the File menu. */
    public List<MenuItem> fileItems() {
        return List.of(
                item("New project", "Shortcut+N", () -> { if (confirmDiscardOrSave()) projects.newProject(); }),
                item("Open project…", "Shortcut+Shift+P", () -> {
                    if (!confirmDiscardOrSave()) return;
                    Path p = chooseProject(false);
                    if (p != null) projects.open(p);
                }),
                item("Save", "Shortcut+S", () -> {
                    if (projects.file() == null) saveAs(); else projects.save();
                }),
                item("Save As…", "Shortcut+Shift+S", this::saveAs),
                new SeparatorMenuItem(),
                item("Export bundle (.zip)…", null, () -> {
                    Path p = ViewExports.choose(owner.get(), "Export a bundle with the documents", "Bundle", "zip");
                    if (p != null) projects.exportBundle(p);
                }),
                item("Open bundle…", null, () -> {
                    if (!confirmDiscardOrSave()) return;
                    FileChooser c = new FileChooser();
                    c.setTitle("Open a bundle");
                    c.getExtensionFilters().add(new FileChooser.ExtensionFilter("PolicyGraph bundle", "*.zip"));
                    File f = c.showOpenDialog(owner.get());
                    if (f != null) projects.openBundle(f.toPath());
                }),
                new SeparatorMenuItem());
    }

    /** The Views menu: create, update, present, exports. */
    public Menu viewsMenu() {
        CheckMenuItem showStrip = new CheckMenuItem("Show views strip");
        showStrip.setSelected(true);
        showStrip.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+B"));
        strip.managedProperty().bind(strip.visibleProperty());
        showStrip.selectedProperty().bindBidirectional(strip.visibleProperty());
        return new Menu("Views", null,
                item("New view from current", "Shortcut+Shift+V", strip::createFromCurrent),
                item("Update current view", "Shortcut+Shift+U", () -> strip.updateFromCurrent(views.current())),
                item("Rename current view…", null, () -> strip.renameDialog(views.current())),
                item("Delete current view", null, () -> views.delete(views.current())),
                showStrip,
                new SeparatorMenuItem(),
                item("Present from the start", "F5", () -> present(0)),
                item("Present from the current view", "Shift+F5", () -> present(Math.max(0, views.current()))),
                new SeparatorMenuItem(),
                item("Export view as PNG (scale, background)…", null, () -> exports.pngDialog(owner.get())),
                item("Export view as SVG…", null, () -> exports.svgDialog(owner.get())),
                item("Export views as PDF deck…", null, () -> exports.deckDialog(owner.get(), deckTitle(), capture)));
    }

    private String deckTitle() {
        String n = projects.displayName().replace("*", "");
        return n.endsWith(ProjectStore.EXTENSION) ? n.substring(0, n.length() - ProjectStore.EXTENSION.length()) : n;
    }

    private void saveAs() {
        Path p = chooseProject(true);
        if (p != null) projects.saveAs(p);
    }

    private Path chooseProject(boolean save) {
        FileChooser c = new FileChooser();
        c.setTitle(save ? "Save project" : "Open project");
        c.getExtensionFilters().add(save
                ? new FileChooser.ExtensionFilter("PolicyGraph project", "*" + ProjectStore.EXTENSION)
                : new FileChooser.ExtensionFilter("PolicyGraph project", "*" + ProjectStore.EXTENSION, "*.pgproj"));
        File f = save ? c.showSaveDialog(owner.get()) : c.showOpenDialog(owner.get());
        if (f == null) return null;
        Path p = f.toPath();
        if (save && !p.getFileName().toString().endsWith(ProjectStore.EXTENSION)) p = p.resolveSibling(p.getFileName() + ProjectStore.EXTENSION);
        return p;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem m = new MenuItem(text);
        if (accelerator != null) m.setAccelerator(KeyCombination.keyCombination(accelerator));
        m.setOnAction(e -> action.run());
        return m;
    }
}
