package org.policygraph.ui.canvas;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.util.Duration;

import org.policygraph.layout.Bounds;
import org.policygraph.layout.Point;
import org.policygraph.model.Entity;

/**
 * The interactive graph view: a Canvas painted by {@link GraphPainter}. Drag the background to pan, scroll to
 * zoom around the cursor, drag a node to move and pin it, click to select, double-click to open, hover for the
 * full label; keys + - 0 and arrows zoom, fit and pan. On big graphs (more than {@link #CACHE_ITEMS_DEFAULT}
 * nodes plus edges, or a paint slower than {@link #CACHE_THRESHOLD_MS_DEFAULT}) pan and zoom move a snapshot
 * of the last paint and repaint once the gesture ends, because a snapshot moves in a few ms where a 20k-node
 * repaint takes hundreds. Selection is a read-only property; the scene is set from outside.
 */
public class GraphCanvas extends Region {
    public static final double CACHE_THRESHOLD_MS_DEFAULT = 12;
    /**
     * Nodes plus edges above which gestures always use the snapshot: the paint call only records commands, the
     * rasterising comes later in the pulse, so its own time understates the cost of a frame.
     */
    public static final int CACHE_ITEMS_DEFAULT = 1000;
    private static final Duration SETTLE = Duration.millis(180);

    private final Canvas canvas = new Canvas();
    private final GraphPainter painter;
    private final ObjectProperty<GraphScene> scene = new SimpleObjectProperty<>(this, "graphScene");
    private final ReadOnlyObjectWrapper<Entity> selection = new ReadOnlyObjectWrapper<>(this, "selection");
    private final ReadOnlyObjectWrapper<Viewport> viewport =
            new ReadOnlyObjectWrapper<>(this, "viewport", new Viewport(1, 0, 0, 0, 0));
    private final Map<Entity, Point> moved = new HashMap<>();
    private final Label hover = new Label();
    private final PauseTransition settle = new PauseTransition(SETTLE);
    private Consumer<Entity> onOpen = e -> { };
    private BiConsumer<Entity, Point> onNodeMoved = (e, p) -> { };

    private GraphScene effective;
    private HitTester hits;
    private boolean paintQueued;
    private double cacheThresholdMs = CACHE_THRESHOLD_MS_DEFAULT;
    /** Fit the first graph shown once the control has a size; any explicit viewport cancels it. */
    private boolean fitPending = true;
    private double lastPaintMs;
    // gesture state: the cached image and the viewport it was taken at
    private WritableImage cache;
    private Viewport cacheView;
    private double pressX, pressY, lastX, lastY;
    private Entity dragNode;
    private boolean dragged;

    public GraphCanvas() {
        this(new GraphPainter());
    }

    public GraphCanvas(GraphPainter painter) {
        this.painter = painter;
        getChildren().addAll(canvas, hover);
        hover.setManaged(false);
        hover.setVisible(false);
        hover.setMouseTransparent(true);
        hover.setStyle("-fx-background-color: rgba(255,255,255,0.95); -fx-border-color: #9aa4ab; "
                + "-fx-padding: 3 6 3 6; -fx-font-size: 12px;");
        setMinSize(0, 0);
        setPrefSize(800, 600);
        scene.addListener((o, a, b) -> rebuild());
        settle.setOnFinished(e -> endGesture());
        canvas.setOnMousePressed(this::pressed);
        canvas.setOnMouseDragged(this::dragged);
        canvas.setOnMouseReleased(this::released);
        canvas.setOnMouseClicked(this::clicked);
        canvas.setOnMouseMoved(e -> showHover(e.getX(), e.getY()));
        canvas.setOnMouseExited(e -> hover.setVisible(false));
        canvas.setOnScroll(this::scrolled);
        setFocusTraversable(true);
        setOnKeyPressed(this::keyPressed);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> requestFocus());
    }

    // ---- public API ----

    /** The graph to show (named apart from Node's scene, the JavaFX window scene). */
    public ObjectProperty<GraphScene> graphSceneProperty() { return scene; }
    public GraphScene getGraphScene() { return scene.get(); }
    /** Shows a new scene; nodes the user dragged keep their place if still present. */
    public void setGraphScene(GraphScene s) { scene.set(s); }

    public ReadOnlyObjectProperty<Entity> selectionProperty() { return selection.getReadOnlyProperty(); }
    public Entity getSelection() { return selection.get(); }
    public void select(Entity e) {
        selection.set(e);
        rebuild();
    }

    public ReadOnlyObjectProperty<Viewport> viewportProperty() { return viewport.getReadOnlyProperty(); }
    public Viewport getViewport() { return viewport.get(); }
    public void setViewport(Viewport v) {
        fitPending = false;
        viewport.set(v.resize(canvas.getWidth(), canvas.getHeight()));
        hits = null;
        requestPaint();
    }

    /** Called with the entity on a double-click. */
    public void setOnOpen(Consumer<Entity> handler) { onOpen = handler == null ? e -> { } : handler; }
    /** Called when the user drops a dragged node, with its new layout position (pin it in the next layout). */
    public void setOnNodeMoved(BiConsumer<Entity, Point> handler) { onNodeMoved = handler == null ? (e, p) -> { } : handler; }
    /** Positions of the nodes the user dragged, to keep them pinned. */
    public Map<Entity, Point> pinnedPositions() { return Map.copyOf(moved); }
    public void clearPins() {
        moved.clear();
        rebuild();
    }
    /** Gestures move a cached image once a full paint takes this long (0: always, infinity: never). */
    public void setGestureCacheThreshold(double millis) { cacheThresholdMs = millis; }
    /** Whether a gesture is running on a cached image right now. */
    public boolean isGestureCached() { return cache != null; }
    /** Milliseconds the last full paint took. */
    public double lastPaintMillis() { return lastPaintMs; }
    public Canvas canvas() { return canvas; }

    /** Zooms and pans so the whole graph shows, beside the title and legend. */
    public void fitToView() {
        if (effective == null || effective.positions().isEmpty()) return;
        double w = canvas.getWidth(), h = canvas.getHeight();
        double[] m = painter.reservedMargins(effective, w, h);
        setViewport(Viewport.fit(Bounds.of(effective.positions().values()), w, h, m[0], m[1], m[2], m[3], 2));
    }

    /** Pans so the entity is in the middle, keeping the zoom. */
    public void centreOn(Entity e) {
        if (effective == null || !effective.positions().containsKey(e)) return;
        Point p = effective.positions().get(e);
        Viewport v = getViewport();
        setViewport(v.panBy(v.width() / 2 - v.screenX(p.x()), v.height() / 2 - v.screenY(p.y())));
    }

    /** The entity under a point of this control, if any. */
    public Optional<Entity> entityAt(double x, double y) {
        if (effective == null) return Optional.empty();
        if (hits == null) hits = new HitTester(effective, getViewport());
        return hits.entityAt(x, y);
    }

    // ---- gestures, public so benchmarks and tests can drive them ----

    /** Starts a pan or zoom; on a big graph this takes the snapshot that moves during the gesture. */
    public void beginGesture() {
        if (cache == null && shouldCache() && canvas.getWidth() > 0 && canvas.getHeight() > 0) {
            cache = canvas.snapshot(null, null);
            cacheView = getViewport();
        }
    }

    private boolean shouldCache() {
        if (cacheThresholdMs <= 0) return true;
        if (Double.isInfinite(cacheThresholdMs)) return false;
        int items = effective == null ? 0 : effective.entities().size() + effective.edges().size();
        return items > CACHE_ITEMS_DEFAULT || lastPaintMs >= cacheThresholdMs;
    }

    public void panBy(double dx, double dy) {
        beginGesture();
        viewport.set(getViewport().panBy(dx, dy));
        hits = null;
        gestureFrame();
    }

    public void zoomAt(double factor, double x, double y) {
        beginGesture();
        viewport.set(getViewport().zoomAt(factor, x, y));
        hits = null;
        gestureFrame();
    }

    /** Ends a gesture: drops the snapshot and paints for real. */
    public void endGesture() {
        settle.stop();
        cache = null;
        cacheView = null;
        paintNow();
    }

    private void gestureFrame() {
        if (cache == null) {
            paintNow();
            return;
        }
        // where the cached picture lands now: screen' = (screen - pan0) / z0 * z1 + pan1
        Viewport now = getViewport();
        double k = now.zoom() / cacheView.zoom();
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setFill(Color.WHITE);
        gc.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        gc.drawImage(cache, now.panX() - cacheView.panX() * k, now.panY() - cacheView.panY() * k,
                cache.getWidth() * k, cache.getHeight() * k);
    }

    // ---- painting ----

    private void rebuild() {
        GraphScene s = scene.get();
        if (s == null) {
            effective = null;
        } else {
            moved.keySet().retainAll(s.positions().keySet());
            GraphScene.Builder b = s.toBuilder();
            if (!moved.isEmpty()) {
                Map<Entity, Point> pos = new HashMap<>(s.positions());
                pos.putAll(moved);
                b.positions(pos);
            }
            if (selection.get() != null && !s.positions().containsKey(selection.get())) selection.set(null);
            effective = b.selected(selection.get()).build();
        }
        hits = null;
        fitIfPending();
        requestPaint();
    }

    private void fitIfPending() {
        if (fitPending && effective != null && canvas.getWidth() > 0 && canvas.getHeight() > 0) fitToView();
    }

    /** Paints on the next turn of the FX thread, once however many changes came in between. */
    public void requestPaint() {
        if (paintQueued) return;
        paintQueued = true;
        Platform.runLater(this::paintNow);
    }

    /** Paints now (FX thread). */
    public void paintNow() {
        paintQueued = false;
        GraphicsContext gc = canvas.getGraphicsContext2D();
        if (effective == null) {
            gc.setFill(Color.WHITE);
            gc.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
            return;
        }
        long t0 = System.nanoTime();
        painter.paint(gc, effective, getViewport());
        lastPaintMs = (System.nanoTime() - t0) / 1e6;
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth()), h = Math.floor(getHeight());
        if (w != canvas.getWidth() || h != canvas.getHeight()) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            viewport.set(getViewport().resize(w, h));
            hits = null;
            fitIfPending();
            requestPaint();
        }
    }

    // ---- mouse ----

    private void pressed(MouseEvent e) {
        pressX = lastX = e.getX();
        pressY = lastY = e.getY();
        dragged = false;
        dragNode = e.getButton() == MouseButton.PRIMARY ? entityAt(e.getX(), e.getY()).orElse(null) : null;
        hover.setVisible(false);
    }

    private void dragged(MouseEvent e) {
        if (!dragged && Math.hypot(e.getX() - pressX, e.getY() - pressY) < 3) return;
        dragged = true;
        if (dragNode != null) {
            Viewport v = getViewport();
            moved.put(dragNode, new Point(v.layoutX(e.getX()), v.layoutY(e.getY())));
            rebuild();
        } else {
            panBy(e.getX() - lastX, e.getY() - lastY);
        }
        lastX = e.getX();
        lastY = e.getY();
    }

    private void released(MouseEvent e) {
        if (!dragged) return;
        if (dragNode != null) onNodeMoved.accept(dragNode, moved.get(dragNode));
        else endGesture();
        dragNode = null;
    }

    private void clicked(MouseEvent e) {
        if (dragged || e.getButton() != MouseButton.PRIMARY) return;
        Entity hit = entityAt(e.getX(), e.getY()).orElse(null);
        if (e.getClickCount() >= 2 && hit != null) {
            onOpen.accept(hit);
        } else if (e.getClickCount() == 1) {
            select(hit);
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() == 0) return;
        zoomAt(Math.pow(1.0015, e.getDeltaY()), e.getX(), e.getY());
        settle.playFromStart();
    }

    /** + and - zoom around the middle, 0 fits the graph, arrows pan, Escape clears the selection. */
    private void keyPressed(KeyEvent e) {
        double w = canvas.getWidth(), h = canvas.getHeight();
        switch (e.getCode()) {
            case PLUS, EQUALS, ADD -> zoomAt(1.25, w / 2, h / 2);
            case MINUS, SUBTRACT -> zoomAt(0.8, w / 2, h / 2);
            case DIGIT0, NUMPAD0 -> fitToView();
            case LEFT -> panBy(w / 10, 0);
            case RIGHT -> panBy(-w / 10, 0);
            case UP -> panBy(0, h / 10);
            case DOWN -> panBy(0, -h / 10);
            case ESCAPE -> select(null);
            default -> {
                return;
            }
        }
        if (e.getCode() != KeyCode.ESCAPE && e.getCode() != KeyCode.DIGIT0 && e.getCode() != KeyCode.NUMPAD0) {
            settle.playFromStart();
        }
        e.consume();
    }

    private void showHover(double x, double y) {
        Entity e = entityAt(x, y).orElse(null);
        if (e == null) {
            hover.setVisible(false);
            return;
        }
        hover.setText(e.label() + "  (" + painter.palette().type(e.type()).label() + ")");
        hover.autosize();
        hover.relocate(Math.min(x + 14, Math.max(0, getWidth() - hover.getWidth() - 4)),
                Math.min(y + 14, Math.max(0, getHeight() - hover.getHeight() - 4)));
        hover.setVisible(true);
    }
}
