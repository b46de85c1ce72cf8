package org.policygraph.ui.brief;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.util.Duration;

import org.policygraph.extract.Ontology;
import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.io.project.SavedView;
import org.policygraph.layout.GraphLayouter;
import org.policygraph.layout.Point;
import org.policygraph.ui.state.ExplorerViewModel;
import org.policygraph.ui.task.TaskExecutor;
import org.policygraph.ui.view.GraphView;
import org.policygraph.ui.view.Theme;

/**
 * Presenter mode: the views full-screen in a high-contrast theme. Right, Page Down and Space go to the next reveal
 * step, then the next view; Left and Page Up go back; Esc leaves. Between views shared nodes glide into place
 * (else the picture fades); steps appear in place.
 * A red laser dot follows the mouse. With a second screen, a notes window shows the speaker notes and what comes next.
 * It has its own explorer state, so presenting never disturbs the main window.
 */
public final class PresenterWindow {
    /** Set to "true" to open a maximised undecorated window instead of full screen (tests, screen recordings). */
    public static final String WINDOWED_PROPERTY = "policygraph.presenter.windowed";
    public static final Duration FADE_DEFAULT = Duration.millis(220);
    public static final double LASER_RADIUS_DEFAULT = 14;
    /** Room (layout units) around the outermost nodes for their shapes and labels. */
    public static final double FIT_PADDING_DEFAULT = 70;
    /** A view of two or three nodes is not blown up beyond this scale. */
    public static final double MAX_FIT_SCALE_DEFAULT = 2.5;

    private final List<SavedView> views;
    private final KnowledgeGraph graph;
    private final ExplorerViewModel vm;
    private final GraphView graphView;
    private final ViewCapture capture;
    private final Theme theme;
    private final Stage stage = new Stage(StageStyle.UNDECORATED);
    private final Label title = new Label();
    private final Label counter = new Label();
    private final Circle laser = new Circle(LASER_RADIUS_DEFAULT, Color.rgb(255, 0, 0, 0.45));
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyIntegerWrapper stageNumber = new ReadOnlyIntegerWrapper(1);
    private Stage notesStage;
    private Label notesText, nextText;
    private Timeline fade;
    /** Counts transitions, so a glide waiting for its drawing is dropped when the presenter has moved on. */
    private int transition;

    public PresenterWindow(List<SavedView> views, KnowledgeGraph graph, TaskExecutor tasks, GraphLayouter layouter,
            Ontology ontology, Theme theme) {
        this.views = List.copyOf(views);
        this.graph = graph;
        this.theme = theme;
        this.vm = new ExplorerViewModel(tasks, layouter, ontology);
        this.graphView = new GraphView(vm, theme);
        this.capture = new ViewCapture(vm, graphView);
    }

    public Stage stage() { return stage; }
    public GraphView graphView() { return graphView; }
    public ExplorerViewModel explorer() { return vm; }
    /** Which view shows (0-based). */
    public ReadOnlyIntegerProperty indexProperty() { return index.getReadOnlyProperty(); }
    /** Which reveal stage of the view shows (1-based). */
    public ReadOnlyIntegerProperty stageProperty() { return stageNumber.getReadOnlyProperty(); }
    public Circle laser() { return laser; }
    /** Whether a fade or glide between views is running. */
    public boolean isTransitioning() { return fade != null && fade.getStatus() == javafx.animation.Animation.Status.RUNNING; }

    /** Opens the window on a view (its first reveal step). */
    public void show(int start) {
        vm.setGraph(graph);
        BorderPane frame = new BorderPane(graphView);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        title.getStyleClass().add("presenter-title");
        title.setId("presenter-title");
        counter.getStyleClass().add("presenter-counter");
        counter.setId("presenter-counter");
        HBox bar = new HBox(20, title, grow, counter);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("presenter-bar");
        frame.setTop(bar);
        laser.setMouseTransparent(true);
        laser.setManaged(false);
        laser.setVisible(false);
        laser.setId("laser");
        Pane overlay = new Pane(laser);
        overlay.setMouseTransparent(true);
        StackPane root = new StackPane(frame, overlay);
        root.getStyleClass().add("presenter-root");
        root.setId("presenter-root");

        Rectangle2D screen = Screen.getPrimary().getBounds();
        Scene scene = new Scene(root, screen.getWidth(), screen.getHeight());
        scene.getStylesheets().addAll(theme.appStylesheet(), theme.typeStylesheet(), stylesheet());
        scene.setCursor(Cursor.NONE);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        scene.addEventFilter(MouseEvent.MOUSE_MOVED, e -> pointAt(e.getSceneX(), e.getSceneY()));
        scene.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> pointAt(e.getSceneX(), e.getSceneY()));
        scene.addEventFilter(MouseEvent.MOUSE_EXITED_TARGET, e -> { if (e.getTarget() == scene.getRoot()) laser.setVisible(false); });
        stage.setScene(scene);
        stage.setTitle("PolicyGraph — presenting");
        stage.setX(screen.getMinX());
        stage.setY(screen.getMinY());
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
        if (Boolean.getBoolean(WINDOWED_PROPERTY)) stage.setMaximized(true); else stage.setFullScreen(true);
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> closeNotes());
        openNotesIfTwoScreens();
        stage.show();
        root.applyCss();
        root.layout();
        go(Math.max(0, Math.min(start, views.size() - 1)), 1, false);
    }

    public void close() {
        if (fade != null) fade.stop();
        stage.close();
    }

    /** Next reveal step, else the next view. */
    public void next() {
        int i = index.get();
        if (i < 0) return;
        if (stageNumber.get() < RevealSteps.stages(views.get(i))) go(i, stageNumber.get() + 1, false);
        else if (i + 1 < views.size()) go(i + 1, 1, true);
    }

    /** Previous reveal step, else the previous view (shown whole). */
    public void previous() {
        int i = index.get();
        if (i < 0) return;
        if (stageNumber.get() > 1) go(i, stageNumber.get() - 1, false);
        else if (i > 0) go(i - 1, RevealSteps.stages(views.get(i - 1)), true);
    }

    private void key(KeyEvent e) {
        KeyCode c = e.getCode();
        if (c == KeyCode.RIGHT || c == KeyCode.PAGE_DOWN || c == KeyCode.SPACE || c == KeyCode.DOWN) next();
        else if (c == KeyCode.LEFT || c == KeyCode.PAGE_UP || c == KeyCode.UP || c == KeyCode.BACK_SPACE) previous();
        else if (c == KeyCode.ESCAPE) close();
        else return;
        e.consume();
    }

    private void pointAt(double x, double y) {
        laser.setVisible(true);
        laser.setCenterX(x);
        laser.setCenterY(y);
    }

    /**
     * Shows view i at a stage. Between views, nodes the two views share glide from where they were to where they
     * are saved while the picture fades in; with nothing shared the old picture fades out first. Both run on one
     * Timeline, and every node ends exactly at its saved position.
     */
    private void go(int i, int stageNo, boolean animate) {
        if (fade != null) fade.stop();
        int mine = ++transition;
        graphView.setOpacity(1);
        if (!animate) {
            showNow(i, stageNo);
            return;
        }
        Map<String, Point> before = onScreen();
        before.keySet().retainAll(RevealSteps.shownAt(views.get(i), stageNo));
        if (before.isEmpty()) {
            fade = new Timeline(new KeyFrame(FADE_DEFAULT, new KeyValue(graphView.opacityProperty(), 0)));
            fade.setOnFinished(e -> {
                showNow(i, stageNo);
                fade = new Timeline(new KeyFrame(FADE_DEFAULT.multiply(1.5), new KeyValue(graphView.opacityProperty(), 1)));
                fade.play();
            });
            fade.play();
            return;
        }
        int drawings = graphView.drawingsProperty().get();
        showNow(i, stageNo);
        graphView.setOpacity(0.35);
        javafx.beans.value.ChangeListener<Number> drawn = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> o, Number a, Number b) {
                if (b.intValue() <= drawings) return;
                graphView.drawingsProperty().removeListener(this);
                if (mine == transition) glide(before);
            }
        };
        graphView.drawingsProperty().addListener(drawn);
    }

    /** Where each drawn vertex is on screen now (zoom pane coordinates). */
    private Map<String, Point> onScreen() {
        Map<String, Point> out = new HashMap<>();
        var z = graphView.zoomPane();
        graphView.currentPositions().forEach((id, p) -> out.put(id, new Point(z.panX() + p.x() * z.scale(),
                z.panY() + p.y() * z.scale())));
        return out;
    }

    private void glide(Map<String, Point> fromScreen) {
        var z = graphView.zoomPane();
        Map<String, Point> target = graphView.currentPositions();
        Map<String, Point> from = new HashMap<>();
        fromScreen.forEach((id, s) -> {
            if (target.containsKey(id)) from.put(id, new Point((s.x() - z.panX()) / z.scale(), (s.y() - z.panY()) / z.scale()));
        });
        javafx.beans.property.DoubleProperty t = new javafx.beans.property.SimpleDoubleProperty(0);
        t.addListener((o, a, b) -> from.forEach((id, p) -> {
            Point q = target.get(id);
            double k = b.doubleValue();
            graphView.placeVertex(id, k >= 1 ? q : new Point(p.x() + (q.x() - p.x()) * k, p.y() + (q.y() - p.y()) * k));
        }));
        t.set(1e-9);
        Duration d = FADE_DEFAULT.multiply(2.5);
        fade = new Timeline(new KeyFrame(d, new KeyValue(t, 1, javafx.animation.Interpolator.EASE_BOTH),
                new KeyValue(graphView.opacityProperty(), 1)));
        fade.setOnFinished(e -> target.forEach(graphView::placeVertex));
        fade.play();
    }

    private void showNow(int i, int stageNo) {
        SavedView v = views.get(i);
        double[] t = fitWholeView(v);
        capture.apply(v, stageNo, t[0], t[1], t[2]);
        title.setText(v.title());
        int stages = RevealSteps.stages(v);
        counter.setText((i + 1) + " / " + views.size() + (stages > 1 ? "   ·   step " + stageNo + " of " + stages : ""));
        index.set(i);
        stageNumber.set(stageNo);
        updateNotes();
    }

    /**
     * Zoom and pan that fit every node of the view (all reveal steps) to this screen: computed once per view from
     * saved positions, so nothing moves as steps appear.
     */
    private double[] fitWholeView(SavedView v) {
        double w = graphView.zoomPane().getWidth(), h = graphView.zoomPane().getHeight();
        if (w <= 0 || h <= 0 || v.positions().isEmpty()) return new double[] {v.zoom(), v.panX(), v.panY()};
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (String id : v.visibleNodeIds()) {
            var p = v.positions().get(id);
            if (p == null) continue;
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        if (minX > maxX) return new double[] {v.zoom(), v.panX(), v.panY()};
        double pad = FIT_PADDING_DEFAULT;
        minX -= pad;
        minY -= pad;
        maxX += pad;
        maxY += pad;
        double s = Math.min(w / (maxX - minX), h / (maxY - minY));
        s = Math.min(s, MAX_FIT_SCALE_DEFAULT);
        return new double[] {s, (w - (maxX - minX) * s) / 2 - minX * s, (h - (maxY - minY) * s) / 2 - minY * s};
    }

    private void openNotesIfTwoScreens() {
        List<Screen> screens = Screen.getScreens();
        if (screens.size() < 2) return;
        Screen second = screens.stream().filter(s -> !s.equals(Screen.getPrimary())).findFirst().orElse(screens.get(1));
        openNotes(second.getVisualBounds());
    }

    /** The speaker-notes window, placed within these screen bounds (the second screen's; tests pass their own). */
    void openNotes(Rectangle2D b) {
        closeNotes();
        notesText = new Label();
        notesText.setId("presenter-notes-text");
        notesText.setWrapText(true);
        nextText = new Label();
        nextText.setId("presenter-next");
        nextText.getStyleClass().add("presenter-next");
        VBox box = new VBox(20, notesText, nextText);
        box.getStyleClass().add("presenter-notes");
        Scene scene = new Scene(box, b.getWidth() * 0.8, b.getHeight() * 0.8);
        scene.getStylesheets().add(stylesheet());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        notesStage = new Stage();
        notesStage.setTitle("Speaker notes");
        notesStage.setScene(scene);
        notesStage.setX(b.getMinX() + b.getWidth() * 0.1);
        notesStage.setY(b.getMinY() + b.getHeight() * 0.1);
        notesStage.show();
        if (index.get() >= 0) updateNotes();
    }

    /** The speaker-notes window, or null without a second screen. */
    Stage notesStage() { return notesStage; }

    private void updateNotes() {
        if (notesStage == null) return;
        SavedView v = views.get(index.get());
        notesText.setText(v.title() + "\n\n" + (v.notes().isBlank() ? "(no notes)" : v.notes()));
        int i = index.get();
        nextText.setText(stageNumber.get() < RevealSteps.stages(v) ? "Next: step " + (stageNumber.get() + 1)
                : i + 1 < views.size() ? "Next: " + views.get(i + 1).title() : "Last view");
    }

    private void closeNotes() {
        if (notesStage != null) notesStage.close();
        notesStage = null;
    }

    private static String stylesheet() {
        return PresenterWindow.class.getResource("/org/policygraph/ui/brief/presenter.css").toExternalForm();
    }
}
