package org.policygraph.ui.view;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.policygraph.ui.state.Answer;
import org.policygraph.ui.state.Details;
import org.policygraph.ui.state.EvidenceItem;
import org.policygraph.ui.state.ExplorerViewModel;

/**
 * The right panel: the current answer (path or question) with its evidence chain, then the selected entity's
 * type, names, documents, neighbours by relation (clickable) and evidence sentences (click opens the document).
 */
public final class DetailsView extends ScrollPane {
    /** Neighbour links listed per relation; hubs have hundreds, and the graph shows them anyway. */
    public static final int LINKS_PER_GROUP_DEFAULT = 24;

    private final ExplorerViewModel vm;
    private final Consumer<EvidenceItem> openEvidence;
    private final VBox content = new VBox(6);

    public DetailsView(ExplorerViewModel vm, Consumer<EvidenceItem> openEvidence) {
        this.vm = vm;
        this.openEvidence = openEvidence;
        getStyleClass().add("details");
        setId("details");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setPrefWidth(340);
        setMinWidth(240);
        content.setPadding(new Insets(12));
        content.setMinWidth(0);
        // wrap long names and sentences to the panel instead of running past its edge
        viewportBoundsProperty().addListener((o, a, b) -> content.setPrefWidth(b.getWidth()));
        content.setFillWidth(true);
        setContent(content);
        vm.detailsProperty().addListener((o, a, b) -> refresh());
        vm.answerProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    private void refresh() {
        content.getChildren().clear();
        Answer a = vm.answer();
        if (a != null) content.getChildren().add(answerCard(a));
        Details d = vm.detailsProperty().get();
        if (d == null) {
            if (a == null) {
                Label hint = new Label("Click a node to see what the documents say about it.\n\n"
                        + "Ctrl+click a second node for the shortest path.\nDouble-click expands or folds.\n"
                        + "Right-click a node to correct it; Shift+click marks several.\nF1 lists every shortcut.");
                hint.getStyleClass().add("muted");
                hint.setWrapText(true);
                content.getChildren().add(hint);
            }
            return;
        }
        Label title = new Label(d.label());
        title.getStyleClass().add("entity-title");
        title.setId("details-title");
        Label badge = new Label(d.typeLabel());
        badge.getStyleClass().add("type-badge");
        badge.setStyle("-fx-background-color: " + d.typeColor() + ";");
        badge.setId("details-type");
        content.getChildren().addAll(title, badge);
        if (!d.aliases().isEmpty()) {
            Label aliases = new Label("Also: " + String.join(", ", d.aliases()));
            aliases.setWrapText(true);
            aliases.getStyleClass().add("muted");
            content.getChildren().add(aliases);
        }
        vm.selectedEntity().map(org.policygraph.model.Entity::note).ifPresent(this::addNote);
        content.getChildren().add(actions(d.id()));
        if (!d.neighbours().isEmpty()) content.getChildren().add(section("NEIGHBOURS"));
        for (Map.Entry<String, List<Details.Link>> group : d.neighbours().entrySet()) {
            Label rel = new Label(group.getKey());
            rel.getStyleClass().add("muted");
            FlowPane links = new FlowPane(2, 0);
            links.setMinWidth(0);
            links.setPrefWrapLength(240);
            List<Details.Link> all = group.getValue();
            for (Details.Link link : all.subList(0, Math.min(all.size(), LINKS_PER_GROUP_DEFAULT))) {
                Hyperlink h = new Hyperlink(link.label());
                h.setOnAction(e -> vm.select(link.id()));
                links.getChildren().add(h);
            }
            if (all.size() > LINKS_PER_GROUP_DEFAULT) {
                Label more = new Label("+" + (all.size() - LINKS_PER_GROUP_DEFAULT) + " more");
                more.getStyleClass().add("muted");
                links.getChildren().add(more);
            }
            content.getChildren().addAll(rel, links);
        }
        content.getChildren().add(section("EVIDENCE (" + d.evidenceTotal() + ")"));
        VBox evidence = new VBox(6);
        evidence.setId("evidence");
        for (EvidenceItem ev : d.evidence()) evidence.getChildren().add(evidenceCard(ev, true));
        content.getChildren().add(evidence);
        content.getChildren().add(section("DOCUMENTS (" + d.documents().size() + ")"));
        for (String doc : d.documents()) {
            Label l = new Label("• " + doc);
            l.setMinWidth(0);
            content.getChildren().add(l);
        }
    }

    /** The user's note on the entity (curation), set from the Edit menu or the right-click menu. */
    private void addNote(String note) {
        Label l = new Label("Note: " + note);
        l.setId("details-note");
        l.setWrapText(true);
        l.getStyleClass().add("entity-note");
        content.getChildren().add(l);
    }

    private HBox actions(String id) {
        Button focus = new Button("Focus");
        focus.setOnAction(e -> vm.focus(2));
        Button partners = new Button("Partners");
        partners.setOnAction(e -> vm.partners(id));
        Button hide = new Button("Hide");
        hide.setOnAction(e -> vm.hideSelected());
        HBox row = new HBox(6, focus, partners, hide);
        row.setPadding(new Insets(6, 0, 0, 0));
        return row;
    }

    private VBox answerCard(Answer a) {
        Label title = new Label(a.title());
        title.setStyle("-fx-font-weight: bold;");
        title.setWrapText(true);
        Button close = new Button("✕");
        close.setOnAction(e -> vm.clearAnswer());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox head = new HBox(6, title, grow, close);
        head.setAlignment(Pos.TOP_LEFT);
        VBox card = new VBox(4, head);
        card.getStyleClass().add("answer-card");
        card.setId("answer");
        for (Answer.Row row : a.rows()) {
            if (row.entityId() != null) {
                Hyperlink h = new Hyperlink(row.text());
                h.setWrapText(true);
                h.setOnAction(e -> vm.select(row.entityId()));
                card.getChildren().add(h);
            } else {
                Label l = new Label(row.text());
                l.setWrapText(true);
                card.getChildren().add(l);
            }
            for (EvidenceItem ev : row.evidence()) card.getChildren().add(evidenceCard(ev, false));
        }
        return card;
    }

    private VBox evidenceCard(EvidenceItem ev, boolean withClaim) {
        VBox card = new VBox(3);
        card.getStyleClass().add("evidence-card");
        if (withClaim) {
            Label claim = new Label(ev.claim());
            claim.setWrapText(true);
            claim.setStyle("-fx-font-weight: bold; -fx-font-size: 11px;");
            card.getChildren().add(claim);
        }
        Label sentence = new Label("“" + ev.sentence().strip() + "”");
        sentence.setWrapText(true);
        Label source = new Label(ev.docTitle());
        source.getStyleClass().add("evidence-source");
        card.getChildren().addAll(sentence, source);
        card.setOnMouseClicked(e -> openEvidence.accept(ev));
        return card;
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }
}
