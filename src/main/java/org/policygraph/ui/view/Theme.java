package org.policygraph.ui.view;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

import org.policygraph.extract.Ontology;
import org.policygraph.model.EntityType;

/**
 * Stylesheets of the window: the hand-written ones in resources, plus one generated from the ontology so each
 * entity type and relation type gets a CSS class with its colour (types are data, so are their styles).
 */
public final class Theme {
    /** Distinct, colour-blind-friendly hues for communities (Okabe-Ito plus extras). */
    public static final String[] COMMUNITY_COLORS = {"#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2",
            "#D55E00", "#CC79A7", "#999999", "#8DD3C7", "#BEBADA", "#FB8072", "#80B1D3"};

    private final Ontology ontology;

    public Theme(Ontology ontology) {
        this.ontology = ontology;
    }

    public Ontology ontology() { return ontology; }

    public static String typeClass(String type) { return "type-" + type.toLowerCase(Locale.ROOT); }

    public static String relationClass(String type) { return "rel-" + type.toLowerCase(Locale.ROOT); }

    public String appStylesheet() { return resource("policygraph.css"); }

    public URI graphStylesheet() {
        try {
            return getClass().getResource("/org/policygraph/ui/smartgraph.css").toURI();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The per-type rules as a data: URI stylesheet. */
    public String typeStylesheet() {
        StringBuilder css = new StringBuilder();
        for (EntityType t : ontology.entityTypes()) {
            css.append(".vertex.").append(typeClass(t.name())).append(" { -fx-fill: ").append(t.color()).append("; }\n");
        }
        for (Ontology.RelationStyle r : ontology.relationTypes()) {
            css.append(".edge.").append(relationClass(r.name())).append(" { -fx-stroke: ").append(r.color())
                    .append(";").append(r.dashed() ? " -fx-stroke-dash-array: 6 4;" : "").append(" }\n");
        }
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** SmartGraph shape names for our ontology shapes. */
    public String smartShape(String type) {
        String s = ontology.entityType(type).shape();
        return switch (s) {
            case "circle", "square", "triangle", "hexagon", "star", "pentagon", "octagon" -> s;
            case "diamond" -> "pentagon";
            default -> "circle";
        };
    }

    private static String resource(String name) {
        return Theme.class.getResource("/org/policygraph/ui/" + name).toExternalForm();
    }
}
