package org.policygraph.ui.view;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * Shows one large content node scaled and moved: wheel zooms around the pointer, dragging the background pans,
 * {@link #fit()} shows everything. The content keeps its own coordinates, so dragged vertex positions stay in
 * layout space.
 */
public final class ZoomPane extends Pane {
    public static final double MIN_SCALE = 0.05;
    public static final double MAX_SCALE = 6;

    private final Translate translate = new Translate();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private Region content;
    private double pressX, pressY, startX, startY;
    private boolean panning;

    public ZoomPane() {
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        getStyleClass().add("zoom-pane");
        addEventFilter(ScrollEvent.SCROLL, this::zoom);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> panning = false);
        widthProperty().addListener((o, a, b) -> refitIfUntouched());
        heightProperty().addListener((o, a, b) -> refitIfUntouched());
    }

    private boolean untouched = true;

    public void setContent(Region node) {
        getChildren().setAll(node);
        content = node;
        node.getTransforms().setAll(translate, scale);
        untouched = true;
        fit();
    }

    public Region content() { return content; }

    public double scale() { return scale.getX(); }

    public javafx.beans.property.DoubleProperty scaleProperty() { return scale.xProperty(); }

    /** Scales and centres the content to fill the pane with a small margin. */
    public void fit() {
        if (content == null || getWidth() <= 0 || getHeight() <= 0) return;
        Bounds b = contentBounds();
        double s = Math.min(getWidth() / Math.max(1, b.getWidth()), getHeight() / Math.max(1, b.getHeight())) * 0.94;
        s = clamp(s);
        scale.setX(s);
        scale.setY(s);
        translate.setX((getWidth() - b.getWidth() * s) / 2 - b.getMinX() * s);
        translate.setY((getHeight() - b.getHeight() * s) / 2 - b.getMinY() * s);
        untouched = true;
    }

    /** The part of the content worth showing: its drawn children when there are any. */
    private Bounds contentBounds() {
        Bounds all = null;
        for (Node n : content.getChildrenUnmodifiable()) {
            Bounds b = n.getBoundsInParent();
            if (b.isEmpty()) continue;
            all = all == null ? b : union(all, b);
        }
        return all != null ? all : new javafx.geometry.BoundingBox(0, 0, content.getWidth(), content.getHeight());
    }

    private static Bounds union(Bounds a, Bounds b) {
        double x = Math.min(a.getMinX(), b.getMinX()), y = Math.min(a.getMinY(), b.getMinY());
        return new javafx.geometry.BoundingBox(x, y, Math.max(a.getMaxX(), b.getMaxX()) - x,
                Math.max(a.getMaxY(), b.getMaxY()) - y);
    }

    private void refitIfUntouched() {
        if (untouched) fit();
    }

    public void zoomBy(double factor, double px, double py) {
        double old = scale.getX();
        double s = clamp(old * factor);
        double k = s / old;
        translate.setX(px - (px - translate.getX()) * k);
        translate.setY(py - (py - translate.getY()) * k);
        scale.setX(s);
        scale.setY(s);
        untouched = false;
    }

    private void zoom(ScrollEvent e) {
        if (content == null || e.getDeltaY() == 0) return;
        zoomBy(Math.pow(1.0015, e.getDeltaY()), e.getX(), e.getY());
        e.consume();
    }

    private void pressed(MouseEvent e) {
        // only the empty background pans; vertices handle their own drags
        panning = e.getButton() == MouseButton.PRIMARY && (e.getTarget() == this || e.getTarget() == content);
        pressX = e.getX();
        pressY = e.getY();
        startX = translate.getX();
        startY = translate.getY();
    }

    private void dragged(MouseEvent e) {
        if (!panning) return;
        translate.setX(startX + e.getX() - pressX);
        translate.setY(startY + e.getY() - pressY);
        untouched = false;
    }

    private static double clamp(double s) { return Math.max(MIN_SCALE, Math.min(MAX_SCALE, s)); }

    // ---- saved views put the picture back exactly where it was ----

    public double panX() { return translate.getX(); }

    public double panY() { return translate.getY(); }

    /** Sets scale and translation as saved; the pane then counts as moved by the user (no refit on resize). */
    public void setTransform(double newScale, double x, double y) {
        scale.setX(clamp(newScale));
        scale.setY(clamp(newScale));
        translate.setX(x);
        translate.setY(y);
        untouched = false;
    }
}
