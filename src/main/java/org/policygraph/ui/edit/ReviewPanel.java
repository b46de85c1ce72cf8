package org.policygraph.ui.edit;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.policygraph.graph.corrections.ReviewItem;

/**
 * The review strip under the graph: one row per likely error with its fix and Dismiss buttons. Up and Down walk
 * the list and show each item in the graph; Enter applies the fix, Delete or D dismisses.
 */
public final class ReviewPanel extends VBox {
    /** Rows tall enough to walk without hiding the graph. */
    public static final double HEIGHT_DEFAULT = 200;

    private final ReviewViewModel vm;
    private final ListView<ReviewItem> list = new ListView<>();
    private final Label title = new Label();
    /** Where the walk stands while the list is ranked again after a fix; -1 when not walking. */
    private int walkAt = -1;

    public ReviewPanel(ReviewViewModel vm) {
        this.vm = vm;
        setId("review-panel");
        getStyleClass().add("review-panel");
        setPadding(new Insets(6, 10, 6, 10));
        setSpacing(4);
        setPrefHeight(HEIGHT_DEFAULT);
        setMinHeight(HEIGHT_DEFAULT);
        list.setId("review-list");
        list.setItems(vm.items());
        list.setCellFactory(v -> new Row());
        list.setPlaceholder(new Label("Nothing looks wrong."));
        VBox.setVgrow(list, Priority.ALWAYS);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> vm.show(item));
        list.setOnKeyPressed(e -> {
            ReviewItem item = list.getSelectionModel().getSelectedItem();
            if (item == null) return;
            if (e.getCode() == KeyCode.ENTER) {
                fix(item);
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.D) {
                dismiss(item);
                e.consume();
            }
        });
        Button refresh = new Button("Check again");
        refresh.setOnAction(e -> vm.refresh());
        Button close = new Button("✕");
        close.setId("review-close");
        close.setOnAction(e -> setShown(false));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        title.setStyle("-fx-font-weight: bold;");
        Label hint = new Label("↑↓ walk · Enter fixes · D dismisses");
        hint.getStyleClass().add("muted");
        HBox head = new HBox(10, title, hint, grow, refresh, close);
        head.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(head, list);
        vm.items().addListener((javafx.collections.ListChangeListener<ReviewItem>) c -> updateTitle());
        vm.rankingProperty().addListener((o, a, ranking) -> {
            updateTitle();
            if (!ranking && walkAt >= 0) {
                int at = walkAt;
                walkAt = -1;
                reselect(at);
            }
        });
        updateTitle();
        setShown(false);
    }

    public ListView<ReviewItem> list() { return list; }

    public boolean isShown() { return isVisible(); }

    /** Shows (and ranks) or hides the strip. */
    public void setShown(boolean shown) {
        setVisible(shown);
        setManaged(shown);
        if (shown) {
            vm.refresh();
            list.requestFocus();
        }
    }

    public void toggle() { setShown(!isShown()); }

    private void updateTitle() {
        int n = vm.items().size();
        title.setText(vm.rankingProperty().get() ? "Review: looking…" : "Review: " + n + (n == 1 ? " likely error" : " likely errors"));
    }

    /** Fixes the item and keeps the cursor at the same place in the list, so the walk goes on. */
    private void fix(ReviewItem item) {
        int at = list.getSelectionModel().getSelectedIndex();
        if (!vm.fix(item)) return;
        walkAt = at;
        reselect(at);
    }

    private void dismiss(ReviewItem item) {
        int at = list.getSelectionModel().getSelectedIndex();
        vm.dismiss(item);
        reselect(at);
    }

    private void reselect(int at) {
        if (vm.items().isEmpty()) return;
        list.getSelectionModel().select(Math.min(Math.max(at, 0), vm.items().size() - 1));
        list.requestFocus();
    }

    /** A row: kind, reason, then the fix and dismiss buttons. */
    private final class Row extends ListCell<ReviewItem> {
        Row() {
            // as wide as the list, never wider: long reasons are cut, the buttons stay visible
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(ReviewItem item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            Label kind = new Label(kindLabel(item.kind()));
            kind.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            kind.getStyleClass().addAll("review-kind", "review-" + item.kind().name().toLowerCase(java.util.Locale.ROOT));
            kind.setPrefWidth(96);
            Label reason = new Label(item.reason());
            reason.setMinWidth(0);
            reason.setPrefWidth(0);
            reason.setTooltip(new javafx.scene.control.Tooltip(item.reason()));
            HBox.setHgrow(reason, Priority.ALWAYS);
            reason.setMaxWidth(Double.MAX_VALUE);
            HBox row = new HBox(8, kind, reason);
            row.setAlignment(Pos.CENTER_LEFT);
            vm.fixText(item).ifPresent(text -> {
                // the reason names the entities: the button stays short so the reason keeps the room
                Button fix = new Button(text.startsWith("Merge") ? "Merge" : text);
                fix.setTooltip(new javafx.scene.control.Tooltip(text));
                fix.setMinWidth(Region.USE_PREF_SIZE);
                fix.setMnemonicParsing(false);
                fix.getStyleClass().add("review-fix");
                fix.setOnAction(e -> {
                    list.getSelectionModel().select(item);
                    fix(item);
                });
                row.getChildren().add(fix);
            });
            Button dismiss = new Button("Dismiss");
            dismiss.setMinWidth(Region.USE_PREF_SIZE);
            dismiss.getStyleClass().add("review-dismiss");
            dismiss.setOnAction(e -> {
                list.getSelectionModel().select(item);
                dismiss(item);
            });
            row.getChildren().add(dismiss);
            setGraphic(row);
        }
    }

    private static String kindLabel(ReviewItem.Kind k) {
        return switch (k) {
            case NEAR_DUPLICATE -> "Duplicate?";
            case TYPE_CONFLICT -> "Type?";
            case NO_EVIDENCE -> "No evidence";
            case SINGLETON -> "Lone node";
        };
    }
}
