package org.policygraph.ui.view;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.policygraph.model.Problem;
import org.policygraph.ui.state.LoadViewModel;

/** A dismissible list of files that could not be read, one line each: the file and the reason. */
public final class ProblemsBar extends VBox {
    /** Lines shown before "and N more". */
    public static final int VISIBLE_LINES_DEFAULT = 6;

    private final LoadViewModel load;

    public ProblemsBar(LoadViewModel load) {
        this.load = load;
        getStyleClass().add("problems-bar");
        setId("problems");
        load.problems().addListener((ListChangeListener<Problem>) c -> refresh());
        refresh();
    }

    private void refresh() {
        getChildren().clear();
        int n = load.problems().size();
        setVisible(n > 0);
        setManaged(n > 0);
        if (n == 0) return;
        Label head = new Label(n == 1 ? "1 file could not be used" : n + " files could not be used");
        head.setStyle("-fx-font-weight: bold;");
        Button dismiss = new Button("Dismiss");
        dismiss.setId("dismiss-problems");
        dismiss.setOnAction(e -> load.dismissProblems());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox top = new HBox(8, head, grow, dismiss);
        top.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(top);
        load.problems().stream().limit(VISIBLE_LINES_DEFAULT).forEach(p -> {
            Label l = new Label(p.source() + ": " + p.reason());
            l.getStyleClass().add("problem-line");
            getChildren().add(l);
        });
        if (n > VISIBLE_LINES_DEFAULT) getChildren().add(new Label("… and " + (n - VISIBLE_LINES_DEFAULT) + " more"));
    }
}
