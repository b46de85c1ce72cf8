package org.policygraph.ui.view;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The shortcut list shown over the window with F1 or "?"; a click or Esc closes it. */
public final class HelpOverlay extends StackPane {
    private static final String[][] KEYS = {
            {"Ctrl+F", "Search (aliases too: \"DEA\", \"drug enf\")"},
            {"Click", "Select a node: details and evidence on the right"},
            {"Ctrl+Click", "Shortest path from the selection to this node"},
            {"Click a link", "The sentences that state it"},
            {"Ctrl+P", "Ask: path from A to B (more questions in the Ask menu)"},
            {"Double-click", "Expand or fold a node's neighbourhood"},
            {"Drag", "Move a node (it stays there); drag the background to pan"},
            {"Wheel", "Zoom"},
            {"Ctrl+0", "Fit the graph to the window"},
            {"Ctrl+1 / 2 / 3", "Focus: only 1, 2 or 3 hops around the selection"},
            {"Ctrl+Shift+0", "Clear focus"},
            {"Ctrl+H", "Hide the selected node"},
            {"Ctrl+Shift+H", "Show hidden nodes"},
            {"Ctrl+K", "Colour communities on or off"},
            {"Ctrl+M / Ctrl+L", "Show all nodes / lay out again"},
            {"Alt+Left / Alt+Right", "Back / forward through selections"},
            {"Ctrl+O / Ctrl+Shift+O", "Open files / open a folder"},
            {"Ctrl+E", "Export"},
            {"Shift+Click", "Mark nodes for a bulk edit"},
            {"Right-click", "Correct a node or link"},
            {"F2 / Delete", "Rename / delete the selection"},
            {"Ctrl+Shift+M", "Merge the marked nodes"},
            {"Ctrl+Z / Ctrl+Shift+Z", "Undo / redo an edit"},
            {"Ctrl+Shift+R", "Review likely errors"},
            {"Ctrl+S / Ctrl+Shift+P", "Save / open a project"},
            {"Ctrl+Shift+V", "Save the current view"},
            {"F5 / Shift+F5", "Present from the first / current view (Esc leaves)"},
            {"F1 or ?", "This help"},
    };

    public HelpOverlay() {
        getStyleClass().add("help-overlay");
        setId("help");
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        for (int i = 0; i < KEYS.length; i++) {
            Label key = new Label(KEYS[i][0]);
            key.getStyleClass().add("help-key");
            grid.add(key, 0, i);
            grid.add(new Label(KEYS[i][1]), 1, i);
        }
        Label title = new Label("Keyboard and mouse");
        title.getStyleClass().add("entity-title");
        Label close = new Label("Click anywhere or press Esc to close");
        close.getStyleClass().add("muted");
        VBox card = new VBox(12, title, grid, close);
        card.getStyleClass().add("help-card");
        card.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        getChildren().add(card);
        setAlignment(Pos.CENTER);
        setVisible(false);
        setOnMouseClicked(e -> setVisible(false));
    }

    public void toggle() { setVisible(!isVisible()); }
}
