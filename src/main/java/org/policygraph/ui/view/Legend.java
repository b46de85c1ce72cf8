package org.policygraph.ui.view;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.policygraph.model.EntityType;
import org.policygraph.ui.state.VisibleGraph;

/** The colour key over the SmartGraph view: entity types present, or communities when they colour the nodes. */
final class Legend extends VBox {
    private final Theme theme;

    Legend(Theme theme) {
        this.theme = theme;
        getStyleClass().add("legend");
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        setMouseTransparent(true);
    }

    void show(VisibleGraph v) {
        getChildren().clear();
        setVisible(!v.entities().isEmpty());
        if (!v.communities().isEmpty()) {
            Map<Integer, Integer> sizes = new TreeMap<>();
            v.communities().values().forEach(c -> sizes.merge(c, 1, Integer::sum));
            getChildren().add(new Label("Communities (shape shows the type)"));
            sizes.entrySet().stream().limit(Theme.COMMUNITY_COLORS.length).forEach(c -> getChildren().add(
                    row(Theme.COMMUNITY_COLORS[c.getKey() % Theme.COMMUNITY_COLORS.length],
                            "Community " + (c.getKey() + 1) + "  (" + c.getValue() + ")")));
            return;
        }
        Set<String> present = new HashSet<>();
        v.entities().forEach(e -> present.add(e.type()));
        for (EntityType t : theme.ontology().entityTypes()) {
            if (present.contains(t.name())) getChildren().add(row(t.color(), t.label()));
        }
    }

    private static HBox row(String color, String text) {
        Region swatch = new Region();
        swatch.setStyle("-fx-background-color: " + color + "; -fx-background-radius: 6;");
        swatch.setPrefSize(12, 12);
        swatch.setMaxSize(12, 12);
        HBox row = new HBox(6, swatch, new Label(text));
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
