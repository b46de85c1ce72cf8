package org.policygraph.ui;

import java.nio.file.Path;
import java.util.List;

import javafx.application.Application;
import javafx.stage.Stage;


/** The desktop app: opens the main window on the paths given on the command line (the bundled samples by default). */
public class PolicyGraphApp extends Application {
    private static List<Path> initialPaths = List.of();

    public static void launchWith(List<Path> paths) {
        initialPaths = List.copyOf(paths);
        Application.launch(PolicyGraphApp.class);
    }

    @Override
    public void start(Stage stage) {
        MainWindow window = new MainWindow(Services.defaults());
        window.show(stage);
        window.briefings().startWith(stage);
        window.open(initialPaths);
    }
}
