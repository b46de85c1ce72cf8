package org.policygraph.ui.canvas;

import java.util.HashMap;
import java.util.Map;

import javafx.scene.paint.Color;

import org.policygraph.extract.Ontology;
import org.policygraph.model.EntityType;

/** JavaFX colours and shapes of the ontology, parsed once; a fixed palette for community colouring. */
public final class Palette {
    /** Twelve distinguishable colours (Tableau-like) for communities; index modulo the length. */
    private static final String[] COMMUNITY = {"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948",
            "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac", "#1f77b4", "#8c564b"};
    public static final Color HIGHLIGHT = Color.web("#ff8c00");
    public static final Color SELECTION = Color.web("#1b1b1b");
    public static final Color TEXT = Color.web("#1d2327");
    public static final Color MUTED_TEXT = Color.web("#5f6b73");

    private final Ontology ontology;
    private final Map<String, Color> cache = new HashMap<>();

    public Palette(Ontology ontology) {
        this.ontology = ontology;
    }

    public Ontology ontology() {
        return ontology;
    }

    public EntityType type(String name) {
        return ontology.entityType(name);
    }

    public Color typeColor(String type) {
        return color(ontology.entityType(type).color());
    }

    public Color relationColor(String relationType) {
        return color(ontology.relationStyle(relationType).color());
    }

    public boolean relationDashed(String relationType) {
        return ontology.relationStyle(relationType).dashed();
    }

    public Color communityColor(int index) {
        return color(COMMUNITY[Math.floorMod(index, COMMUNITY.length)]);
    }

    public Color color(String hex) {
        return cache.computeIfAbsent(hex, h -> {
            try {
                return Color.web(h);
            } catch (IllegalArgumentException e) {
                return Color.GRAY;
            }
        });
    }
}
