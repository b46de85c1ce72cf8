package org.policygraph.ui.view;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

import org.policygraph.model.Document;
import org.policygraph.model.Entity;
import org.policygraph.model.EntityType;
import org.policygraph.ui.state.ExplorerViewModel;

/** The "Ask" menu's questions: each asks for what it needs (pre-filled from the selection) and runs. */
public final class AskDialogs {
    private final ExplorerViewModel vm;
    private final Window owner;

    public AskDialogs(ExplorerViewModel vm, Window owner) {
        this.vm = vm;
        this.owner = owner;
    }

    public void path() {
        List<Entity> all = entities(e -> true);
        if (all.size() < 2) return;
        ComboBox<Entity> from = combo(all), to = combo(all);
        from.setValue(vm.selectedEntity().orElse(all.get(0)));
        to.setValue(all.stream().filter(e -> !e.equals(from.getValue())).findFirst().orElse(all.get(1)));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("From"), from);
        grid.addRow(1, new Label("To"), to);
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Path from A to B");
        d.setHeaderText("How are these two connected, and where do the documents say so?");
        d.getDialogPane().setContent(grid);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.showAndWait().filter(b -> b == ButtonType.OK)
                .ifPresent(b -> vm.path(from.getValue().id(), to.getValue().id()));
    }

    public void partners() {
        choose("Who partners with…", "Partners of", e -> true).ifPresent(e -> vm.partners(e.id()));
    }

    public void agenciesWithCountry() {
        choose("Which agencies appear with…", "Country", e -> e.type().equals(EntityType.COUNTRY))
                .ifPresent(e -> vm.agenciesWith(e.id()));
    }

    public void documentSays() {
        List<Document> docs = List.copyOf(vm.graph().documents());
        if (docs.isEmpty()) return;
        ChoiceDialog<Document> d = new ChoiceDialog<>(docs.get(0), docs);
        d.initOwner(owner);
        d.setTitle("Everything this document says");
        d.setHeaderText("Choose a document");
        d.showAndWait().ifPresent(doc -> vm.documentSays(doc.id()));
    }

    private Optional<Entity> choose(String title, String label, Predicate<Entity> which) {
        List<Entity> all = entities(which);
        if (all.isEmpty()) return Optional.empty();
        Entity initial = vm.selectedEntity().filter(which).orElse(all.get(0));
        ComboBox<Entity> box = combo(all);
        box.setValue(initial);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.addRow(0, new Label(label), box);
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(title);
        d.getDialogPane().setContent(grid);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        return d.showAndWait().filter(b -> b == ButtonType.OK).map(b -> box.getValue());
    }

    private List<Entity> entities(Predicate<Entity> which) {
        return vm.graph().entities().stream().filter(which)
                .sorted(Comparator.comparing(Entity::label, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    private static ComboBox<Entity> combo(List<Entity> items) {
        ComboBox<Entity> box = new ComboBox<>();
        box.getItems().setAll(items);
        box.setConverter(new StringConverter<>() {
            @Override public String toString(Entity e) { return e == null ? "" : e.label(); }
            @Override public Entity fromString(String s) { return null; }
        });
        box.setVisibleRowCount(15);
        return box;
    }
}
