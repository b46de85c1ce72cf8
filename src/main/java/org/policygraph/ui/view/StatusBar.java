package org.policygraph.ui.view;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import org.policygraph.ui.state.ExplorerViewModel;
import org.policygraph.ui.state.ViewSettings;
import org.policygraph.ui.state.VisibleGraph;
import org.policygraph.ui.task.Activity;

/** Bottom bar: what is shown, what is filtered out, a notice, and background work with progress and Cancel. */
public final class StatusBar extends HBox {
    private final ExplorerViewModel vm;
    private final Label counts = new Label();
    private final Label filters = new Label();
    private final Label notice = new Label();
    private final Hyperlink more = new Hyperlink("show all");
    private final Label work = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button("Cancel");

    public StatusBar(ExplorerViewModel vm, Activity activity) {
        this.vm = vm;
        getStyleClass().add("status-bar");
        counts.setId("status-counts");
        filters.setId("status-filters");
        notice.setId("status-notice");
        notice.setStyle("-fx-text-fill: #9a6700;");
        more.setId("show-more");
        more.setOnAction(e -> vm.showMore());
        cancel.setId("cancel-work");
        cancel.setOnAction(e -> activity.cancel());
        progress.setPrefWidth(140);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        getChildren().addAll(counts, more, filters, notice, grow, work, progress, cancel);
        setAlignment(Pos.CENTER_LEFT);

        work.textProperty().bind(activity.titleProperty().concat(" ").concat(activity.messageProperty()));
        progress.progressProperty().bind(activity.progressProperty());
        for (var n : List.of(work, progress, cancel)) {
            n.visibleProperty().bind(activity.runningProperty());
            n.managedProperty().bind(activity.runningProperty());
        }
        notice.textProperty().bind(vm.noticeProperty());
        vm.visibleProperty().addListener((o, a, b) -> refresh());
        vm.settingsProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    private void refresh() {
        VisibleGraph v = vm.visible();
        String text = v.entities().size() + " nodes · " + v.edges().size() + " links shown";
        if (v.truncated()) text += " — the " + v.entities().size() + " most central of " + v.matching();
        text += "  (graph: " + v.totalEntities() + " entities, " + v.totalRelations() + " relations)";
        counts.setText(text);
        more.setVisible(v.truncated());
        more.setManaged(v.truncated());
        filters.setText(filterSummary(vm.settings()));
    }

    /** One line naming what is filtered out. */
    static String filterSummary(ViewSettings s) {
        List<String> parts = new ArrayList<>();
        if (s.focusId() != null) parts.add("focus " + s.focusHops() + " hop" + (s.focusHops() > 1 ? "s" : ""));
        if (!s.excludedDocs().isEmpty()) parts.add(s.excludedDocs().size() + " document(s) off");
        if (!s.hiddenTypes().isEmpty()) parts.add(s.hiddenTypes().size() + " type(s) hidden");
        if (!s.hiddenRelations().isEmpty()) parts.add(s.hiddenRelations().size() + " relation type(s) hidden");
        if (s.hideCooccurrence()) parts.add("\"mentioned with\" hidden");
        if (s.minSources() > 1) parts.add("≥ " + s.minSources() + " sources");
        if (s.asOf() != null) parts.add("as of " + s.asOf());
        if (!s.hiddenEntities().isEmpty()) parts.add(s.hiddenEntities().size() + " node(s) hidden");
        return parts.isEmpty() ? "" : "Filtered: " + String.join(", ", parts);
    }
}
