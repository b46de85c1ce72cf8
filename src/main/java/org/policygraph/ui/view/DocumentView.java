package org.policygraph.ui.view;

import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import org.policygraph.ui.state.DocumentText;

/**
 * A read-only document: every mention coloured by its entity type (click one to select that entity) and the
 * evidence sentence marked and scrolled into view.
 */
public final class DocumentView extends ScrollPane {
    private final TextFlow flow = new TextFlow();
    private final Path highlight = new Path();
    private final DocumentText doc;

    public DocumentView(DocumentText doc, Consumer<String> selectEntity) {
        this.doc = doc;
        getStyleClass().add("document-view");
        setFitToWidth(true);
        flow.getStyleClass().add("doc-text");
        flow.setLineSpacing(4);
        int focusStart = -1, focusEnd = -1, pos = 0;
        for (DocumentText.Run run : doc.runs()) {
            Text t = new Text(run.text());
            if (run.entityId() != null) {
                t.getStyleClass().add("mention");
                t.setFill(Color.web(run.color()));
                t.setUserData(run.entityId());
                t.setOnMouseClicked(e -> selectEntity.accept(run.entityId()));
            }
            if (run.inFocus()) {
                t.getStyleClass().add("focus");
                if (focusStart < 0) focusStart = pos;
                focusEnd = pos + run.text().length();
            }
            pos += run.text().length();
            flow.getChildren().add(t);
        }
        highlight.setFill(Color.web("#fde68a"));
        highlight.setStroke(null);
        highlight.setManaged(false);
        Pane layer = new Pane(highlight, flow);
        flow.prefWidthProperty().bind(widthProperty().subtract(48));
        Label title = new Label(doc.title());
        title.getStyleClass().add("entity-title");
        VBox box = new VBox(12, title, layer);
        box.setPadding(new Insets(16, 24, 24, 24));
        setContent(box);
        int fs = focusStart, fe = focusEnd;
        if (fs >= 0) {
            flow.layoutBoundsProperty().addListener((o, a, b) -> markAndScroll(fs, fe));
            Platform.runLater(() -> markAndScroll(fs, fe));
        }
    }

    public DocumentText document() { return doc; }

    public TextFlow textFlow() { return flow; }

    /** The highlighted mention texts (for tests and the status bar). */
    public long mentionCount() {
        return flow.getChildren().stream().filter(n -> n.getStyleClass().contains("mention")).count();
    }

    private void markAndScroll(int start, int end) {
        highlight.getElements().setAll(flow.rangeShape(start, end));
        double y = highlight.getLayoutBounds().getMinY();
        double content = getContent().getLayoutBounds().getHeight();
        double view = getViewportBounds().getHeight();
        if (content > view && !highlight.getElements().isEmpty()) {
            setVvalue(Math.max(0, Math.min(1, (y - view / 3) / (content - view))));
        }
    }
}
