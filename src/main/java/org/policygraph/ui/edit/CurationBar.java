package org.policygraph.ui.edit;

import java.util.stream.Collectors;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import org.policygraph.model.Entity;

/**
 * One line above the status bar while curating: the nodes marked for a bulk edit, the last message (why an edit
 * was refused, what loading corrections did) and how many corrections the session holds. Hidden when idle.
 */
public final class CurationBar extends HBox {
    private final EditViewModel vm;
    private final Label marks = new Label();
    private final Label message = new Label();
    private final Label count = new Label();
    private final Button clear = new Button("Clear marks");

    public CurationBar(EditViewModel vm) {
        super(10);
        this.vm = vm;
        setId("curation-bar");
        getStyleClass().add("curation-bar");
        setPadding(new Insets(3, 10, 3, 10));
        setAlignment(Pos.CENTER_LEFT);
        marks.setId("curation-marks");
        message.setId("curation-message");
        message.setMinWidth(0);
        count.setId("curation-count");
        count.getStyleClass().add("muted");
        clear.setOnAction(e -> vm.clearMarks());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        getChildren().addAll(marks, clear, message, grow, count);
        vm.marked().addListener((ListChangeListener<String>) c -> refresh());
        vm.messageProperty().addListener((o, a, b) -> refresh());
        vm.correctionCountProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    private void refresh() {
        int n = vm.marked().size();
        marks.setText(n == 0 ? "" : "Marked: " + vm.marked().stream().map(vm::entity)
                .flatMap(java.util.Optional::stream).map(Entity::label).limit(6).collect(Collectors.joining(", "))
                + (n > 6 ? " and " + (n - 6) + " more" : ""));
        marks.setVisible(n > 0);
        marks.setManaged(n > 0);
        clear.setVisible(n > 0);
        clear.setManaged(n > 0);
        message.setText(vm.messageProperty().get());
        int c = vm.correctionCountProperty().get();
        count.setText(c == 0 ? "" : c + (c == 1 ? " correction" : " corrections") + " this session");
        boolean shown = n > 0 || !message.getText().isEmpty() || c > 0;
        setVisible(shown);
        setManaged(shown);
    }
}
