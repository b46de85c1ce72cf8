package org.policygraph.ui.view;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;

/** Small FX helpers shared by the views. */
public final class FxUtil {
    private FxUtil() {
    }

    /** Runs the action once the node sits in a showing window (SmartGraph's init() needs that), on a later pulse. */
    public static void whenShown(Node node, Runnable action) {
        if (isShowing(node)) {
            Platform.runLater(() -> {
                if (isShowing(node)) action.run();
            });
            return;
        }
        ChangeListener<Object> retry = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<?> o, Object a, Object b) {
                if (isShowing(node)) {
                    node.sceneProperty().removeListener(this);
                    Scene s = node.getScene();
                    if (s != null) s.windowProperty().removeListener(this);
                    Platform.runLater(action);
                } else if (node.getScene() != null) {
                    node.getScene().windowProperty().addListener(this);
                    Window w = node.getScene().getWindow();
                    if (w != null) w.showingProperty().addListener(this);
                }
            }
        };
        node.sceneProperty().addListener(retry);
        if (node.getScene() != null) retry.changed(null, null, null);
    }

    private static boolean isShowing(Node node) {
        Scene s = node.getScene();
        return s != null && s.getWindow() != null && s.getWindow().isShowing();
    }
}
