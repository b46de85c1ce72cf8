package org.policygraph.ui.edit;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

import org.policygraph.extract.Ontology;
import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.model.Entity;
import org.policygraph.model.EntityType;

/**
 * The small dialogs of curation, in plain code: merge (pick the survivor), a name, a type, an alias, a note, a
 * new entity and a new edge. Each returns what the user chose, or empty when cancelled; none edits the graph.
 */
public final class EditDialogs {
    /** Results of a search in the edge dialog. */
    public static final int SEARCH_LIMIT_DEFAULT = 12;

    /** A new entity (or a name taught to the gazetteer). */
    public record NewEntity(String name, String type, List<String> aliases) {
    }

    /** A new edge from a known source. */
    public record NewEdge(Entity target, String type, String note) {
    }

    private final Window owner;
    private final Ontology ontology;

    public EditDialogs(Window owner, Ontology ontology) {
        this.owner = owner;
        this.ontology = ontology;
    }

    /** Merge: one radio button per entity, the one with most mentions chosen first. */
    public Optional<Entity> chooseSurvivor(List<Entity> entities) {
        Dialog<Entity> d = dialog("Merge " + entities.size() + " entities", "merge-dialog",
                "Keep which name? The others become its aliases; mentions and links combine.");
        ToggleGroup group = new ToggleGroup();
        VBox choices = new VBox(6);
        Entity best = entities.stream().max(Comparator.comparingInt((Entity e) -> e.mentions().size())
                .thenComparingInt(e -> e.label().length())).orElseThrow();
        for (Entity e : entities) {
            RadioButton r = new RadioButton(e.label() + "  (" + typeLabel(e.type()) + ", " + mentions(e.mentions().size()) + ")");
            r.setUserData(e);
            r.setMnemonicParsing(false);
            r.setToggleGroup(group);
            r.setId("survivor-" + e.id());
            r.setSelected(e.equals(best));
            choices.getChildren().add(r);
        }
        content(d, choices);
        d.setResultConverter(b -> b == ButtonType.OK && group.getSelectedToggle() != null
                ? (Entity) group.getSelectedToggle().getUserData() : null);
        return d.showAndWait();
    }

    /** One line of text (rename, add alias); blank answers count as cancelled. */
    public Optional<String> text(String title, String header, String initial, String id) {
        Dialog<String> d = dialog(title, id, header);
        TextField field = new TextField(initial == null ? "" : initial);
        field.setId(id + "-field");
        field.setPrefColumnCount(32);
        content(d, field);
        okOnlyWhen(d, () -> !field.getText().isBlank(), field);
        d.setResultConverter(b -> b == ButtonType.OK ? field.getText().strip() : null);
        Platform.runLater(() -> {
            field.requestFocus();
            field.selectAll();
        });
        return d.showAndWait();
    }

    /** An entity type from the ontology. */
    public Optional<String> entityType(String title, String current) {
        return choose(title, "retype-dialog", "New type:", ontology.typeNames(), current, this::typeLabel);
    }

    /** A relation type from the ontology. */
    public Optional<String> relationType(String title, String current) {
        List<String> names = ontology.relationTypes().stream().map(Ontology.RelationStyle::name).toList();
        return choose(title, "relation-type-dialog", "New relation type:", names, current,
                n -> ontology.relationStyle(n).label());
    }

    /** One of an entity's aliases (split, remove). */
    public Optional<String> alias(String title, Entity e, String id) {
        return choose(title, id, "Alias of " + e.label() + ":", List.copyOf(e.aliases()), null, s -> s);
    }

    /** A free-text note; an empty note clears it. */
    public Optional<String> note(String on, String current) {
        Dialog<String> d = dialog("Note on " + on, "note-dialog", "A note for yourself and your audience (empty removes it).");
        TextArea area = new TextArea(current == null ? "" : current);
        area.setId("note-text");
        area.setWrapText(true);
        area.setPrefRowCount(5);
        area.setPrefColumnCount(36);
        content(d, area);
        d.setResultConverter(b -> b == ButtonType.OK ? area.getText().strip() : null);
        Platform.runLater(area::requestFocus);
        return d.showAndWait();
    }

    /** A new entity, or a name to teach the gazetteer: name, type and comma-separated aliases. */
    public Optional<NewEntity> newEntity(String title, String id, String header) {
        return newEntity(title, id, header, false);
    }

    /** As {@link #newEntity(String, String, String)}; with {@code newTypes} the type may be typed in as a new one. */
    public Optional<NewEntity> newEntity(String title, String id, String header, boolean newTypes) {
        Dialog<NewEntity> d = dialog(title, id, header);
        TextField name = new TextField();
        name.setId(id + "-name");
        name.setPrefColumnCount(30);
        ComboBox<String> type = typeBox(ontology.typeNames(), "AGENCY", this::typeLabel);
        type.setId(id + "-type");
        type.setEditable(newTypes);
        if (newTypes) type.setPromptText("a type, or a new one");
        TextField aliases = new TextField();
        aliases.setId(id + "-aliases");
        aliases.setPromptText("e.g. DEA, the Administration");
        content(d, form("Name", name, "Type", type, "Also called", aliases));
        okOnlyWhen(d, () -> !name.getText().isBlank(), name);
        d.setResultConverter(b -> b == ButtonType.OK ? new NewEntity(name.getText().strip(), chosen(type),
                splitList(aliases.getText())) : null);
        Platform.runLater(name::requestFocus);
        return d.showAndWait();
    }

    /** A new edge from {@code source}: the target found by name, a relation type and a note. */
    public Optional<NewEdge> newEdge(KnowledgeGraph g, Entity source) {
        Dialog<NewEdge> d = dialog("Add a link from " + source.label(), "edge-dialog",
                "Search the other end by name, pick the relation and say why.");
        TextField query = new TextField();
        query.setId("edge-target-search");
        query.setPromptText("Type a name or alias");
        ListView<Entity> found = new ListView<>();
        found.setId("edge-targets");
        found.setPrefHeight(150);
        found.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Entity e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : e.label() + "  (" + typeLabel(e.type()) + ")");
            }
        });
        query.textProperty().addListener((o, a, q) -> {
            found.getItems().setAll(q.isBlank() ? List.of()
                    : g.search(q, SEARCH_LIMIT_DEFAULT).stream().filter(e -> !e.equals(source)).toList());
            if (!found.getItems().isEmpty()) found.getSelectionModel().selectFirst();
        });
        List<String> names = ontology.relationTypes().stream().map(Ontology.RelationStyle::name).toList();
        ComboBox<String> type = typeBox(names, names.contains("PARTNERS_WITH") ? "PARTNERS_WITH" : names.get(0),
                n -> ontology.relationStyle(n).label());
        type.setId("edge-type");
        TextArea note = new TextArea();
        note.setId("edge-note");
        note.setPromptText("Why (e.g. joint press release, 2021)");
        note.setPrefRowCount(2);
        note.setWrapText(true);
        content(d, form("Link to", new VBox(4, query, found), "Relation", type, "Note", note));
        okOnlyWhen(d, () -> found.getSelectionModel().getSelectedItem() != null, found.getSelectionModel().selectedItemProperty());
        d.setResultConverter(b -> b == ButtonType.OK
                ? new NewEdge(found.getSelectionModel().getSelectedItem(), type.getValue(), note.getText().strip()) : null);
        Platform.runLater(query::requestFocus);
        return d.showAndWait();
    }

    // ---- building blocks ----

    private <T> Dialog<T> dialog(String title, String id, String header) {
        Dialog<T> d = new Dialog<>();
        if (owner != null) d.initOwner(owner);
        d.setTitle(title);
        d.setHeaderText(header);
        d.getDialogPane().setId(id);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ButtonType.OK).setId(id + "-ok");
        d.setResizable(true);
        return d;
    }

    private Optional<String> choose(String title, String id, String label, List<String> values, String current,
            java.util.function.Function<String, String> show) {
        Dialog<String> d = dialog(title, id, title);
        ComboBox<String> box = typeBox(values, current != null && values.contains(current) ? current
                : values.isEmpty() ? null : values.get(0), show);
        box.setId(id + "-choice");
        content(d, new VBox(6, new Label(label), box));
        okOnlyWhen(d, () -> box.getValue() != null, box.valueProperty());
        d.setResultConverter(b -> b == ButtonType.OK ? box.getValue() : null);
        Platform.runLater(box::requestFocus);
        return d.showAndWait();
    }

    /** The combo box's value, or what was typed into an editable one (not committed until Enter otherwise). */
    private static String chosen(ComboBox<String> box) {
        if (!box.isEditable()) return box.getValue();
        String typed = box.getEditor().getText();
        return typed == null || typed.isBlank() ? box.getValue() : box.getConverter().fromString(typed);
    }

    /** The dialog's content, with room around it. */
    private static void content(Dialog<?> d, Node node) {
        VBox box = new VBox(node);
        box.setPadding(new Insets(12, 16, 4, 16));
        d.getDialogPane().setContent(box);
    }

    private static ComboBox<String> typeBox(List<String> values, String initial, java.util.function.Function<String, String> show) {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override public String toString(String s) { return s == null ? "" : show.apply(s); }
            @Override public String fromString(String s) {
                return s == null ? null : values.stream().filter(v -> show.apply(v).equalsIgnoreCase(s.strip())).findFirst().orElse(s.strip());
            }
        });
        box.setValue(initial);
        box.setVisibleRowCount(12);
        return box;
    }

    private static GridPane form(Object... labelsAndFields) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(4, 0, 0, 0));
        for (int i = 0; i < labelsAndFields.length; i += 2) {
            grid.addRow(i / 2, new Label((String) labelsAndFields[i]), (Node) labelsAndFields[i + 1]);
        }
        return grid;
    }

    /** OK stays disabled until the answer is usable. */
    private static void okOnlyWhen(Dialog<?> d, java.util.function.BooleanSupplier ok, Object watched) {
        Node button = d.getDialogPane().lookupButton(ButtonType.OK);
        Runnable check = () -> button.setDisable(!ok.getAsBoolean());
        if (watched instanceof TextField f) f.textProperty().addListener((o, a, b) -> check.run());
        if (watched instanceof javafx.beans.value.ObservableValue<?> v) v.addListener((o, a, b) -> check.run());
        check.run();
    }

    private static String mentions(int n) { return n == 1 ? "1 mention" : n + " mentions"; }

    static List<String> splitList(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private String typeLabel(String type) {
        EntityType t = ontology.entityType(type);
        return t == null ? type : t.label();
    }
}
