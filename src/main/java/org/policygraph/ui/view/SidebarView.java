package org.policygraph.ui.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.policygraph.extract.Ontology;
import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.model.Document;
import org.policygraph.model.EntityType;
import org.policygraph.model.RelationType;
import org.policygraph.ui.state.ExplorerViewModel;
import org.policygraph.ui.state.GraphCounts;
import org.policygraph.ui.state.ViewSettings;

/**
 * The left panel: documents (with entity counts, each can be toggled out), entity-type and relation-type filters
 * with counts, the co-occurrence toggle, the minimum-sources slider and, when documents are dated, "as of".
 */
public final class SidebarView extends ScrollPane {
    private final ExplorerViewModel vm;
    private final Ontology ontology;
    private final ListView<DocItem> documents = new ListView<>();
    private final VBox types = new VBox(4);
    private final VBox relations = new VBox(4);
    private final CheckBox hideCooccurrence = new CheckBox("Hide \"mentioned with\" links");
    private final Slider minSources = new Slider(1, 5, 1);
    private final Label minSourcesLabel = new Label();
    private final Slider asOf = new Slider(0, 1, 1);
    private final Label asOfLabel = new Label();
    private final VBox asOfBox = new VBox(4);
    private LocalDate firstDate;

    /** One row of the documents list. */
    public record DocItem(String id, String title, int entities, BooleanProperty included) {
    }

    public SidebarView(ExplorerViewModel vm, Ontology ontology) {
        this.vm = vm;
        this.ontology = ontology;
        getStyleClass().add("sidebar");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setPrefWidth(270);
        setMinWidth(200);

        documents.setId("documents");
        documents.setPrefHeight(190);
        documents.setCellFactory(l -> new DocCell());
        hideCooccurrence.setId("hide-cooccurrence");
        hideCooccurrence.selectedProperty().addListener((o, a, b) -> { if (!following) vm.update(s -> s.withHideCooccurrence(b)); });
        minSources.setId("min-sources");
        minSources.setMajorTickUnit(1);
        minSources.setMinorTickCount(0);
        minSources.setSnapToTicks(true);
        minSources.setShowTickMarks(true);
        minSources.valueProperty().addListener((o, a, b) -> {
            int n = (int) Math.round(b.doubleValue());
            minSourcesLabel.setText("Links backed by at least " + n + (n == 1 ? " document" : " documents"));
            if (!following && n != vm.settings().minSources() && !minSources.isValueChanging()) vm.update(s -> s.withMinSources(n));
        });
        minSources.valueChangingProperty().addListener((o, a, changing) -> {
            int n = (int) Math.round(minSources.getValue());
            if (!following && !changing && n != vm.settings().minSources()) vm.update(s -> s.withMinSources(n));
        });
        minSourcesLabel.setText("Links backed by at least 1 document");
        asOf.setId("as-of");
        asOf.valueChangingProperty().addListener((o, a, changing) -> { if (!changing) applyAsOf(); });
        asOf.valueProperty().addListener((o, a, b) -> {
            asOfLabel.setText(asOfText());
            if (!asOf.isValueChanging()) applyAsOf();
        });
        asOfBox.getChildren().addAll(title("AS OF"), asOfLabel, asOf);

        VBox content = new VBox(4, title("DOCUMENTS"), documents, title("ENTITY TYPES"), types,
                title("RELATIONS"), hideCooccurrence, relations, title("SOURCE STRENGTH"), minSourcesLabel, minSources,
                asOfBox);
        content.setPadding(new Insets(4, 12, 12, 12));
        setContent(content);
        vm.graphProperty().addListener((o, a, g) -> refresh(g));
        vm.editsProperty().addListener((o, a, b) -> refresh(vm.graph()));
        // settings also change from outside the sidebar (a saved view, history, the presenter): show them
        vm.settingsProperty().addListener((o, a, b) -> follow(b));
        refresh(vm.graph());
    }

    /** True while the controls are being set to match the settings: their listeners must not send them back. */
    private boolean following;

    /**
     * Sets every control to the settings without sending them back: a saved view shows its exact picture, and a
     * listener calling {@code vm.update} would start a new layout over it.
     */
    private void follow(ViewSettings s) {
        following = true;
        try {
            followControls(s);
        } finally {
            following = false;
        }
    }

    private void followControls(ViewSettings s) {
        for (DocItem item : documents.getItems()) {
            boolean included = !s.excludedDocs().contains(item.id());
            if (item.included().get() != included) item.included().set(included);
        }
        syncBoxes(types, "filter-type-", s.hiddenTypes());
        syncBoxes(relations, "filter-rel-", s.hiddenRelations());
        if (hideCooccurrence.isSelected() != s.hideCooccurrence()) hideCooccurrence.setSelected(s.hideCooccurrence());
        if ((int) Math.round(minSources.getValue()) != s.minSources()) minSources.setValue(s.minSources());
        if (asOfBox.isVisible() && firstDate != null) {
            double value = s.asOf() == null ? asOf.getMax() : LocalDate.parse(s.asOf()).toEpochDay() - firstDate.toEpochDay();
            if (asOf.getValue() != value) asOf.setValue(value);
        }
    }

    private static void syncBoxes(VBox rows, String idPrefix, java.util.Set<String> hidden) {
        for (javafx.scene.Node row : rows.getChildren()) {
            if (!(row instanceof HBox h)) continue;
            for (javafx.scene.Node n : h.getChildren()) {
                if (n instanceof CheckBox box && box.getId() != null && box.getId().startsWith(idPrefix)) {
                    boolean shown = !hidden.contains(box.getId().substring(idPrefix.length()));
                    if (box.isSelected() != shown) box.setSelected(shown);
                }
            }
        }
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    private void refresh(KnowledgeGraph g) {
        GraphCounts counts = GraphCounts.of(g);
        ViewSettings s = vm.settings();
        List<DocItem> items = new ArrayList<>();
        for (Document d : g.documents()) {
            DocItem item = new DocItem(d.id(), d.title(), counts.entitiesPerDocument().getOrDefault(d.id(), 0),
                    new SimpleBooleanProperty(!s.excludedDocs().contains(d.id())));
            item.included().addListener((o, a, b) -> { if (!following) vm.update(x -> x.withDocument(d.id(), b)); });
            items.add(item);
        }
        documents.getItems().setAll(items);
        documents.setPrefHeight(Math.max(60, Math.min(220, items.size() * 26 + 4)));

        types.getChildren().clear();
        for (EntityType t : ontology.entityTypes()) {
            int n = counts.entitiesPerType().getOrDefault(t.name(), 0);
            if (n == 0) continue;
            types.getChildren().add(filterBox("type-" + t.name(), t.label(), n, t.color(),
                    !s.hiddenTypes().contains(t.name()), b -> { if (!following) vm.update(x -> x.withType(t.name(), b)); }));
        }
        relations.getChildren().clear();
        for (Map.Entry<String, Integer> r : counts.relationsPerType().entrySet()) {
            if (RelationType.isCooccurrence(r.getKey())) continue;
            Ontology.RelationStyle style = ontology.relationStyle(r.getKey());
            relations.getChildren().add(filterBox("rel-" + r.getKey(), style.label(), r.getValue(), style.color(),
                    !s.hiddenRelations().contains(r.getKey()), b -> { if (!following) vm.update(x -> x.withRelation(r.getKey(), b)); }));
        }
        minSources.setMax(Math.max(2, counts.maxSources()));

        asOfBox.setVisible(counts.firstDate() != null && !counts.firstDate().equals(counts.lastDate()));
        asOfBox.setManaged(asOfBox.isVisible());
        if (asOfBox.isVisible()) {
            firstDate = LocalDate.parse(counts.firstDate());
            long days = LocalDate.parse(counts.lastDate()).toEpochDay() - firstDate.toEpochDay();
            asOf.setMax(days);
            asOf.setValue(s.asOf() == null ? days : LocalDate.parse(s.asOf()).toEpochDay() - firstDate.toEpochDay());
            asOfLabel.setText(asOfText());
        }
    }

    private String asOfText() {
        if (firstDate == null) return "";
        if (asOf.getValue() >= asOf.getMax()) return "All documents (up to " + firstDate.plusDays((long) asOf.getMax()) + ")";
        return "Documents dated up to " + firstDate.plusDays(Math.round(asOf.getValue()));
    }

    private void applyAsOf() {
        if (firstDate == null || following) return;
        String date = asOf.getValue() >= asOf.getMax() ? null : firstDate.plusDays(Math.round(asOf.getValue())).toString();
        if (!java.util.Objects.equals(date, vm.settings().asOf())) vm.update(s -> s.withAsOf(date));
    }

    private static HBox filterBox(String id, String label, int count, String color, boolean selected,
            java.util.function.Consumer<Boolean> onChange) {
        CheckBox box = new CheckBox(label);
        box.setId("filter-" + id);
        box.setSelected(selected);
        box.selectedProperty().addListener((o, a, b) -> onChange.accept(b));
        Region swatch = new Region();
        swatch.setStyle("-fx-background-color: " + color + "; -fx-background-radius: 3;");
        swatch.setMinSize(10, 10);
        swatch.setMaxSize(10, 10);
        Label n = new Label(String.valueOf(count));
        n.getStyleClass().add("muted");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox row = new HBox(6, swatch, box, grow, n);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** Document row: checkbox, title, entity count; right-click asks what it says. */
    private final class DocCell extends ListCell<DocItem> {
        private final CheckBox box = new CheckBox();
        private final Label title = new Label();
        private final Label count = new Label();
        private final HBox row;
        private DocItem bound;

        DocCell() {
            count.getStyleClass().add("muted");
            title.setMinWidth(0);
            title.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(title, Priority.ALWAYS);
            count.setMinWidth(Region.USE_PREF_SIZE);
            row = new HBox(6, box, title, count);
            setPrefWidth(0); // never wider than the list: long titles end in "…" instead of a scroll bar
            row.setAlignment(Pos.CENTER_LEFT);
            MenuItem says = new MenuItem("Everything this document says");
            says.setOnAction(e -> { if (getItem() != null) vm.documentSays(getItem().id()); });
            setContextMenu(new ContextMenu(says));
        }

        @Override
        protected void updateItem(DocItem item, boolean empty) {
            super.updateItem(item, empty);
            if (bound != null) box.selectedProperty().unbindBidirectional(bound.included());
            bound = null;
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            bound = item;
            box.selectedProperty().bindBidirectional(item.included());
            title.setText(item.title());
            count.setText(String.valueOf(item.entities()));
            setTooltip(new javafx.scene.control.Tooltip(item.title() + "\n" + item.entities() + " entities"));
            setGraphic(row);
        }
    }
}
