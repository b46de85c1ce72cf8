package org.policygraph.ui.edit;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Control;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.policygraph.graph.corrections.ApplyReport;
import org.policygraph.graph.corrections.CorrectionSet;
import org.policygraph.graph.corrections.CorrectionsException;
import org.policygraph.graph.corrections.CorrectionsJson;
import org.policygraph.io.AtomicFiles;
import org.policygraph.model.Problem;
import org.policygraph.ui.state.ExplorerViewModel;
import org.policygraph.ui.task.TaskExecutor;
import org.policygraph.ui.view.GraphView;

/**
 * Curation wired into the main window: the edit and review ViewModels, the Edit and File menu items, the review
 * strip and curation bar, and the graph and details context menus. The window creates one and calls
 * {@link #install}; everything else of curation stays in this package.
 */
public final class Curation {
    public static final String STYLESHEET = Curation.class.getResource("/org/policygraph/ui/edit/curation.css").toExternalForm();

    private final EditViewModel edits;
    private final ReviewViewModel review;
    private final EditActions actions;
    private final ReviewPanel reviewPanel;
    private final CurationBar bar;
    private final Supplier<Window> owner;
    private final Consumer<Problem> problems;
    private final UserGazetteerStore gazetteer;

    /**
     * @param owner    the window dialogs belong to (may give null before it is shown)
     * @param problems where unreadable corrections files are reported (the explorer's problems bar)
     */
    public Curation(ExplorerViewModel explorer, TaskExecutor tasks, Supplier<Window> owner, Consumer<Problem> problems) {
        this.edits = new EditViewModel(explorer);
        this.review = new ReviewViewModel(edits, tasks);
        this.owner = owner;
        this.problems = problems;
        this.gazetteer = UserGazetteerStore.atHome();
        this.actions = new EditActions(edits, this::dialogs);
        this.reviewPanel = new ReviewPanel(review);
        this.bar = new CurationBar(edits);
        explorer.graphProperty().addListener((o, a, g) -> {
            if (reviewPanel.isShown()) review.refresh();
        });
    }

    public EditViewModel edits() { return edits; }
    public ReviewViewModel review() { return review; }
    public EditActions actions() { return actions; }
    public ReviewPanel reviewPanel() { return reviewPanel; }
    public CurationBar bar() { return bar; }
    public UserGazetteerStore gazetteer() { return gazetteer; }

    EditDialogs dialogs() { return new EditDialogs(owner.get(), edits.explorer().ontology()); }

    /** The centre column with the review strip under it (hidden until asked for). */
    public Region withReview(Node centre) {
        VBox column = new VBox(centre, reviewPanel);
        VBox.setVgrow(centre, Priority.ALWAYS);
        // the drawn graph asks for its full size as minimum; the strip must get its rows anyway
        if (centre instanceof Region r) {
            r.setMinHeight(0);
            javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
            clip.widthProperty().bind(r.widthProperty());
            clip.heightProperty().bind(r.heightProperty());
            r.setClip(clip);
        }
        column.setMinHeight(0);
        return column;
    }

    /** Context menus on the graph and the details panel, marks on the graph. */
    public void install(GraphView graph, Control details) {
        GraphEditing.install(graph, edits, actions);
        details.setContextMenu(actions.entityMenu());
    }

    /** The curation styles and Ctrl+Y as a second Redo. */
    public void install(Scene scene) {
        scene.getStylesheets().add(STYLESHEET);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Y"), edits::redo);
    }

    // ---- menus ----

    /** Curation items for the Edit menu (the explorer's own items follow). */
    public List<MenuItem> editMenuItems() {
        List<MenuItem> items = new ArrayList<>(actions.editMenuItems());
        MenuItem reviewItem = new MenuItem("Review likely errors");
        reviewItem.setId("edit-review");
        reviewItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+R"));
        reviewItem.setOnAction(e -> reviewPanel.toggle());
        items.add(reviewItem);
        items.add(new SeparatorMenuItem());
        return items;
    }

    /** Corrections and gazetteer items for the File menu. */
    public List<MenuItem> fileMenuItems() {
        MenuItem save = new MenuItem("Save corrections…");
        save.setId("file-save-corrections");
        save.setOnAction(e -> chooseAndSave());
        MenuItem load = new MenuItem("Load corrections…");
        load.setId("file-load-corrections");
        load.setOnAction(e -> chooseAndLoad());
        MenuItem teach = new MenuItem("Teach PolicyGraph a name…");
        teach.setId("file-teach");
        teach.setOnAction(e -> teach());
        return List.of(new SeparatorMenuItem(), save, load, teach);
    }

    // ---- corrections files ----

    private void chooseAndSave() {
        FileChooser chooser = jsonChooser("Save corrections");
        chooser.setInitialFileName("corrections.json");
        File f = chooser.showSaveDialog(owner.get());
        if (f != null) saveCorrections(f.toPath());
    }

    private void chooseAndLoad() {
        File f = jsonChooser("Load corrections").showOpenDialog(owner.get());
        if (f != null) loadAndReport(f.toPath());
    }

    /** Loads a corrections file and lists what could not be applied in a dialog (File ▸ Load corrections). */
    public ApplyReport loadAndReport(Path file) {
        ApplyReport report = loadCorrections(file);
        if (report != null && !report.allApplied()) showSkipped(report);
        return report;
    }

    private static FileChooser jsonChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Corrections (JSON)", "*.json"));
        return chooser;
    }

    /** Saves the session's corrections; a failure becomes a problem line, never an exception. */
    public boolean saveCorrections(Path file) {
        byte[] json = CorrectionsJson.toJson(edits.corrections()).getBytes(StandardCharsets.UTF_8);
        try {
            AtomicFiles.write(file, out -> out.write(json));
            edits.say(edits.corrections().size() + " corrections saved to " + file.getFileName());
            return true;
        } catch (IOException e) {
            problems.accept(new Problem(file.toString(), "could not be saved (" + e.getMessage() + ")"));
            return false;
        }
    }

    /** Reads and applies a corrections file; null (and a problem line naming the file) when it cannot be read. */
    public ApplyReport loadCorrections(Path file) {
        CorrectionSet set;
        try {
            set = CorrectionsJson.read(file);
        } catch (CorrectionsException e) {
            problems.accept(new Problem(file.toString(), e.getMessage()));
            return null;
        }
        return edits.applyCorrections(set);
    }

    private void showSkipped(ApplyReport report) {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        if (owner.get() != null) a.initOwner(owner.get());
        a.setTitle("Corrections loaded");
        a.setHeaderText(report.applied() + " corrections applied; " + report.skipped().size()
                + " could not be, and are kept for documents still to come.");
        TextArea text = new TextArea(report.skipped().stream().map(ApplyReport.Skipped::message)
                .collect(Collectors.joining("\n")));
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(Math.min(12, report.skipped().size() + 1));
        a.getDialogPane().setContent(text);
        a.getDialogPane().setId("skipped-dialog");
        a.show();
    }

    // ---- user gazetteer ----

    private void teach() {
        dialogs().newEntity("Teach PolicyGraph a name", "teach-dialog",
                "A name PolicyGraph should recognise in the next documents you open.\n"
                + "Type a new type to add one (it shows from the next start).", true)
                .ifPresent(n -> teach(n.name(), n.type(), n.aliases()));
    }

    /** Adds a known entity to the user gazetteer file; the next load finds it. */
    public boolean teach(String name, String type, List<String> aliases) {
        try {
            gazetteer.add(name, type, aliases, edits.explorer().ontology());
            edits.say(name + " will be recognised in the next documents you open");
            return true;
        } catch (CorrectionsException e) {
            problems.accept(new Problem(gazetteer.file().toString(), e.getMessage()));
        } catch (IOException e) {
            problems.accept(new Problem(gazetteer.file().toString(), "could not be saved (" + e.getMessage() + ")"));
        }
        return false;
    }
}
