package org.policygraph.ui.brief;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.policygraph.io.project.SavedView;
import org.policygraph.ui.state.Answer;
import org.policygraph.ui.state.ExplorerViewModel;

/**
 * The "Views" strip under the graph: a thumbnail card per saved view (click shows it, drag or ◀ ▶ reorders,
 * right-click renames, updates or deletes), and the current view's title, speaker notes and reveal steps.
 */
public final class ViewsStrip extends BorderPane {
    private static final String DRAG_PREFIX = "policygraph-view:";
    private static final double EDITOR_WIDTH_DEFAULT = 400;
    private final SavedViews views;
    private final ViewCapture capture;
    private final ExplorerViewModel vm;
    private final Thumbnails thumbnails;
    private final java.util.function.IntConsumer present;
    private final HBox cards = new HBox(8);
    private final ScrollPane scroll;
    private VBox editorBox;
    private final HBox actions;
    private final Label hint = new Label("No views yet: arrange the graph, then + View (Ctrl+Shift+V).");
    private final TextField title = new TextField();
    private final TextArea notes = new TextArea();
    private final Label steps = new Label();
    private boolean syncing;

    /** @param present opens presenter mode at a view index */
    public ViewsStrip(SavedViews views, ViewCapture capture, ExplorerViewModel vm, Thumbnails thumbnails,
            java.util.function.IntConsumer present) {
        this.views = views;
        this.capture = capture;
        this.vm = vm;
        this.thumbnails = thumbnails;
        this.present = present;
        setId("views-strip");
        getStyleClass().add("views-strip");
        setPadding(new Insets(6));

        Button add = button("+ View", "views-add", "Save what the graph shows now as a view (Ctrl+Shift+V)", this::createFromCurrent);
        Button show = button("Present", "views-present", "Present the views full-screen from the start (F5; "
                + "Shift+F5 from the current view)", () -> present.accept(0));
        Label heading = new Label("Views");
        heading.getStyleClass().add("section-title");
        hint.getStyleClass().add("muted");
        actions = new HBox(8, heading, add, show, hint);
        actions.setAlignment(Pos.CENTER_LEFT);
        cards.setId("views-cards");
        cards.setPadding(new Insets(2));
        scroll = new ScrollPane(cards);
        scroll.setFitToHeight(true);
        scroll.setPrefViewportHeight(Thumbnails.HEIGHT_DEFAULT + 34);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        setTop(actions);
        setCenter(scroll);
        editorBox = editor();
        setRight(editorBox);
        BorderPane.setMargin(scroll, new Insets(6, 8, 0, 0));
        BorderPane.setMargin(editorBox, new Insets(6, 0, 0, 0));

        views.list().addListener((ListChangeListener<SavedView>) c -> refresh());
        views.currentProperty().addListener((o, a, b) -> refresh());
        vm.graphProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    private VBox editor() {
        title.setId("view-title");
        title.setPromptText("Title shown when presenting");
        title.textProperty().addListener((o, a, b) -> edit(v -> Views.copy(v, f -> f.title = b)));
        notes.setId("view-notes");
        notes.setPromptText("Speaker notes");
        notes.setPrefRowCount(2);
        notes.setPrefHeight(42);
        notes.setWrapText(true);
        notes.textProperty().addListener((o, a, b) -> edit(v -> Views.copy(v, f -> f.notes = b)));
        Button stepSelected = button("+ Step", "step-selected", "Reveal step: the selected node appears in a new step of this view", () -> {
            if (vm.selectedId() != null) edit(v -> RevealSteps.withStep(v, Set.of(vm.selectedId())));
        });
        Button stepPath = button("+ Path step", "step-path", "Reveal the highlighted path's nodes in a new step", () -> {
            Answer a = vm.answer();
            if (a != null && !a.entityIds().isEmpty()) edit(v -> RevealSteps.withStep(v, new LinkedHashSet<>(a.entityIds())));
        });
        Button clear = button("Clear", "steps-clear", "Clear the reveal steps: the whole view appears at once", () ->
                edit(v -> Views.copy(v, f -> f.revealSteps = List.of())));
        steps.setId("view-steps");
        steps.getStyleClass().add("muted");
        steps.setMaxWidth(EDITOR_WIDTH_DEFAULT - 200);
        steps.setWrapText(false);
        for (Button b : List.of(stepSelected, stepPath, clear)) b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        steps.setMinWidth(0);
        HBox stepRow = new HBox(4, stepSelected, stepPath, clear, steps);
        stepRow.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(4, title, notes, stepRow);
        box.setPrefWidth(EDITOR_WIDTH_DEFAULT);
        box.setMaxHeight(Thumbnails.HEIGHT_DEFAULT + 34);
        return box;
    }

    private static Button button(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    /** Ctrl+Shift+V: a new view of what the graph shows now. */
    public void createFromCurrent() {
        views.add(capture.capture(views.freshName()));
    }

    /** Shows a view in the explorer, whole (every reveal step). */
    public void show(int i) {
        if (i < 0 || i >= views.size()) return;
        views.setCurrent(i);
        capture.apply(views.get(i), RevealSteps.stages(views.get(i)));
    }

    public void updateFromCurrent(int i) { views.change(i, capture::update); }

    public void renameDialog(int i) {
        if (i < 0 || i >= views.size()) return;
        TextInputDialog d = new TextInputDialog(views.get(i).name());
        d.setTitle("Rename view");
        d.setHeaderText(null);
        d.setContentText("Name:");
        d.setOnShown(e -> javafx.application.Platform.runLater(d.getEditor()::selectAll)); // typing replaces the old name
        if (getScene() != null) d.initOwner(getScene().getWindow());
        d.showAndWait().ifPresent(n -> views.rename(i, n));
    }

    private void edit(java.util.function.UnaryOperator<SavedView> change) {
        if (!syncing) views.change(views.current(), change);
    }

    private void refresh() {
        // with no views the strip is one slim row, so the graph keeps the room
        boolean none = views.size() == 0;
        for (javafx.scene.Node n : List.of(editorBox, scroll)) {
            n.setVisible(!none);
            n.setManaged(!none);
        }
        hint.setVisible(none);
        cards.getChildren().clear();
        for (int i = 0; i < views.size(); i++) cards.getChildren().add(card(i));
        syncing = true;
        try {
            int c = views.current();
            // listeners of the list run before the current index follows a removal
            SavedView v = c < 0 || c >= views.size() ? null : views.get(c);
            title.setDisable(v == null);
            notes.setDisable(v == null);
            if (v != null && !v.title().equals(title.getText())) title.setText(v.title());
            if (v != null && !v.notes().equals(notes.getText())) notes.setText(v.notes());
            if (v == null) {
                title.clear();
                notes.clear();
            }
            steps.setText(v == null ? "" : stepsText(v));
        } finally {
            syncing = false;
        }
    }

    private String stepsText(SavedView v) {
        if (v.revealSteps().isEmpty()) return "No reveal steps";
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < v.revealSteps().size(); i++) {
            b.append(i == 0 ? "" : "  ·  ").append(i + 1).append(": ").append(v.revealSteps().get(i).stream()
                    .map(id -> vm.graph().entity(id).map(e -> e.shortLabel()).orElse(id)).collect(Collectors.joining(", ")));
        }
        return b.toString();
    }

    private VBox card(int i) {
        SavedView v = views.get(i);
        ImageView img = new ImageView(thumbnails.of(vm.graph(), v));
        Label name = new Label(v.name());
        name.setMaxWidth(Thumbnails.WIDTH_DEFAULT);
        Button left = new Button("◀");
        left.setOnAction(e -> views.move(i, -1));
        left.setDisable(i == 0);
        Button right = new Button("▶");
        right.setOnAction(e -> views.move(i, 1));
        right.setDisable(i == views.size() - 1);
        left.getStyleClass().add("mini");
        right.getStyleClass().add("mini");
        HBox bottom = new HBox(4, left, name, right);
        bottom.setAlignment(Pos.CENTER);
        HBox.setHgrow(name, Priority.ALWAYS);
        VBox card = new VBox(2, img, bottom);
        card.setId("view-card-" + i);
        card.getStyleClass().add("view-card");
        if (i == views.current()) card.getStyleClass().add("current");
        card.setStyle(i == views.current()
                ? "-fx-border-color: #f59e0b; -fx-border-width: 2; -fx-padding: 2;"
                : "-fx-border-color: #d5dae0; -fx-border-width: 1; -fx-padding: 3;");
        Tooltip.install(card, new Tooltip(v.title() + (v.notes().isBlank() ? "" : "\n" + v.notes())));

        MenuItem rename = new MenuItem("Rename…");
        rename.setOnAction(e -> renameDialog(i));
        MenuItem update = new MenuItem("Update from current");
        update.setOnAction(e -> updateFromCurrent(i));
        MenuItem delete = new MenuItem("Delete");
        delete.setOnAction(e -> views.delete(i));
        MenuItem fromHere = new MenuItem("Present from here");
        fromHere.setOnAction(e -> {
            views.setCurrent(i);
            present.accept(i);
        });
        ContextMenu menu = new ContextMenu(rename, update, fromHere, delete);
        card.setOnContextMenuRequested(e -> {
            menu.show(card, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        card.setOnMouseClicked(e -> {
            if (e.getButton() != MouseButton.PRIMARY) return;
            if (e.getClickCount() == 2) renameDialog(i); else show(i);
        });
        card.setOnDragDetected(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(DRAG_PREFIX + i);
            card.startDragAndDrop(TransferMode.MOVE).setContent(c);
            e.consume();
        });
        card.setOnDragOver(e -> {
            if (e.getDragboard().hasString() && e.getDragboard().getString().startsWith(DRAG_PREFIX)) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
            e.consume();
        });
        card.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasString() && e.getDragboard().getString().startsWith(DRAG_PREFIX);
            if (ok) {
                int from = Integer.parseInt(e.getDragboard().getString().substring(DRAG_PREFIX.length()));
                views.move(from, i - from);
            }
            e.setDropCompleted(ok);
            e.consume();
        });
        return card;
    }
}
