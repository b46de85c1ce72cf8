package org.policygraph.ui.view;

import java.util.List;

import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.policygraph.extract.Ontology;
import org.policygraph.model.Entity;
import org.policygraph.ui.state.ExplorerViewModel;

/**
 * Search with alias-aware autocomplete: "DEA" or "drug enf" finds the Drug Enforcement Administration. Enter
 * selects the best hit; the list below offers the rest with their type.
 */
public final class SearchBox extends TextField {
    /** Suggestions listed under the field. */
    public static final int SUGGESTIONS_DEFAULT = 8;

    private final ExplorerViewModel vm;
    private final Ontology ontology;
    private final ContextMenu suggestions = new ContextMenu();

    public SearchBox(ExplorerViewModel vm, Ontology ontology) {
        this.vm = vm;
        this.ontology = ontology;
        setId("search");
        setPromptText("Search entities, e.g. DEA or drug enf   (Ctrl+F)");
        getStyleClass().add("search-field");
        textProperty().addListener((o, a, b) -> suggest(b));
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                hits(getText()).stream().findFirst().ifPresent(this::choose);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                suggestions.hide();
            } else if (e.getCode() == KeyCode.DOWN && suggestions.isShowing()) {
                // hand the keyboard to the list so arrows and Enter pick a suggestion
                var first = suggestions.getSkin() == null ? null : suggestions.getSkin().getNode().lookup(".menu-item");
                if (first != null) first.requestFocus();
                e.consume();
            }
        });
        focusedProperty().addListener((o, a, focused) -> { if (!focused) suggestions.hide(); });
    }

    /** Alias-aware hits, best first (a quick index lookup, fine on the FX thread). */
    public List<Entity> hits(String query) {
        return vm.graph().search(query == null ? "" : query, SUGGESTIONS_DEFAULT);
    }

    private void suggest(String query) {
        List<Entity> hits = hits(query);
        suggestions.getItems().clear();
        if (hits.isEmpty() || !isFocused()) {
            suggestions.hide();
            return;
        }
        for (Entity e : hits) {
            Label l = new Label(e.label() + "   · " + ontology.entityType(e.type()).label()
                    + (e.aliases().isEmpty() ? "" : "  (" + String.join(", ", e.aliases().stream().limit(3).toList()) + ")"));
            l.setStyle("-fx-border-color: transparent transparent transparent " + ontology.color(e.type())
                    + "; -fx-border-width: 0 0 0 4; -fx-padding: 0 0 0 6;");
            CustomMenuItem item = new CustomMenuItem(l, true);
            item.setOnAction(ev -> choose(e));
            suggestions.getItems().add(item);
        }
        if (!suggestions.isShowing() && getScene() != null && getScene().getWindow() != null) {
            suggestions.show(this, Side.BOTTOM, 0, 0);
        }
    }

    private void choose(Entity e) {
        suggestions.hide();
        vm.select(e.id());
    }
}
