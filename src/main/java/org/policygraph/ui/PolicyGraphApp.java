package org.policygraph.ui;

import java.nio.file.Path;
import java.util.List;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** PLACEHOLDER desktop app until the explorer lands. */
public class PolicyGraphApp extends Application {
    private static List<Path> initialPaths = List.of();

    public static void launchWith(List<Path> paths) {
        initialPaths = List.copyOf(paths);
        Application.launch(PolicyGraphApp.class);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("PolicyGraph");
        stage.setScene(new Scene(new StackPane(new Label("PolicyGraph — opening " + initialPaths)), 1200, 800));
        stage.show();
    }
}
