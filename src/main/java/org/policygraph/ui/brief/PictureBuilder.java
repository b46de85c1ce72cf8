package org.policygraph.ui.brief;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.policygraph.extract.Ontology;
import org.policygraph.layout.Point;
import org.policygraph.model.Entity;
import org.policygraph.model.EntityType;
import org.policygraph.model.Relation;
import org.policygraph.model.RelationType;
import org.policygraph.ui.state.VisibleGraph;
import org.policygraph.ui.view.GraphNode;
import org.policygraph.ui.view.GraphView;
import org.policygraph.ui.view.SmartGraphAdapter;
import org.policygraph.ui.view.Theme;

/**
 * Turns a visible graph into a {@link ViewPicture}: either exactly as on screen (positions through the view's zoom
 * and pan, the screen's radii and label sizes) or fitted into a box (thumbnails, PDF pages). Shapes are the ones
 * the screen draws (SmartGraph's, via {@link Theme#smartShape}), so exports match the view.
 */
public final class PictureBuilder {
    /** Room around the outermost nodes in a fitted picture (layout units): labels are wider than shapes. */
    public static final double FIT_PAD_X_DEFAULT = 110;
    public static final double FIT_PAD_Y_DEFAULT = 60;
    private final Ontology ontology;
    private final Theme theme;

    public PictureBuilder(Ontology ontology) {
        this.ontology = ontology;
        this.theme = new Theme(ontology);
    }

    /** As on screen: layout point p is drawn at pan + p * zoom, in a width x height viewport. */
    public ViewPicture screen(VisibleGraph v, Map<String, Point> positions, double zoom, double panX, double panY,
            double width, double height, Set<String> pathIds, String selectedId) {
        double label = 11 * Math.max(1, Math.min(GraphView.LABEL_MAX_BOOST_DEFAULT, 1 / zoom)) * zoom;
        return build(v, positions, zoom, panX, panY, width, height, label, pathIds, selectedId);
    }

    /** Fitted into the box with a margin, keeping proportions (the layout itself is never changed). */
    public ViewPicture fitted(VisibleGraph v, double width, double height, Set<String> pathIds, String selectedId) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (Point p : v.positions().values()) {
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        if (v.positions().isEmpty()) {
            minX = minY = 0;
            maxX = maxY = 1;
        }
        double padX = FIT_PAD_X_DEFAULT, padY = FIT_PAD_Y_DEFAULT;
        double w = maxX - minX + 2 * padX, h = maxY - minY + 2 * padY;
        double k = Math.min(width / w, height / h);
        double panX = (width - w * k) / 2 - (minX - padX) * k;
        double panY = (height - h * k) / 2 - (minY - padY) * k;
        // labels stay legible on a page however far the picture is scaled down
        double label = Math.max(7, Math.max(11 * k * Math.min(2.5, Math.max(1, 1 / k)), height / 48));
        return build(v, v.positions(), k, panX, panY, width, height, label, pathIds, selectedId);
    }

    private ViewPicture build(VisibleGraph v, Map<String, Point> positions, double k, double panX, double panY,
            double width, double height, double fontSize, Set<String> pathIds, String selectedId) {
        boolean dim = !pathIds.isEmpty();
        // as on screen: small views label every node, crowded ones only the most central (and marked ones)
        double labelThreshold = GraphView.labelThreshold(v);
        List<ViewPicture.Node> nodes = new ArrayList<>();
        Set<String> types = new LinkedHashSet<>();
        for (Entity e : v.entities()) {
            Point p = positions.getOrDefault(e.id(), v.positions().get(e.id()));
            if (p == null) continue;
            double size = v.sizes().getOrDefault(e.id(), 0.0);
            double r = (GraphNode.MIN_RADIUS_DEFAULT + (GraphNode.MAX_RADIUS_DEFAULT - GraphNode.MIN_RADIUS_DEFAULT)
                    * Math.sqrt(size)) * k;
            EntityType t = ontology.entityType(e.type());
            Integer community = v.communities().get(e.id());
            String color = community == null ? t.color() : Theme.COMMUNITY_COLORS[community % Theme.COMMUNITY_COLORS.length];
            ViewPicture.Mark mark = e.id().equals(selectedId) ? ViewPicture.Mark.SELECTED
                    : pathIds.contains(e.id()) ? ViewPicture.Mark.PATH : dim ? ViewPicture.Mark.DIMMED : ViewPicture.Mark.NONE;
            boolean labelled = size >= labelThreshold || mark == ViewPicture.Mark.PATH || mark == ViewPicture.Mark.SELECTED;
            nodes.add(new ViewPicture.Node(e.id(), e.shortLabel(), e.type(), panX + p.x() * k, panY + p.y() * k, r,
                    theme.smartShape(e.type()), color, labelled, mark));
            types.add(e.type());
        }
        List<ViewPicture.Link> links = new ArrayList<>();
        // one line per linked pair, the same one the screen draws; it is on the path if any relation it stands for is
        Map<String, List<Relation>> drawn = SmartGraphAdapter.project(v, theme).bundles();
        for (VisibleGraph.Edge edge : v.edges()) {
            List<Relation> bundle = drawn.get(edge.relation().id());
            if (bundle == null) continue;
            Point a = positions.getOrDefault(edge.source().id(), v.positions().get(edge.source().id()));
            Point b = positions.getOrDefault(edge.target().id(), v.positions().get(edge.target().id()));
            if (a == null || b == null) continue;
            Relation r = edge.relation();
            boolean co = RelationType.isCooccurrence(r.type());
            Ontology.RelationStyle style = ontology.relationStyle(r.type());
            double w = co ? 1 : 1.6 + 0.8 * (Math.min(4, Math.max(1, r.documents().size())) - 1);
            boolean onPath = bundle.stream().anyMatch(x -> pathIds.contains(x.id()));
            ViewPicture.Mark mark = onPath ? ViewPicture.Mark.PATH : dim ? ViewPicture.Mark.DIMMED : ViewPicture.Mark.NONE;
            links.add(new ViewPicture.Link(r.id(), r.type(), panX + a.x() * k, panY + a.y() * k, panX + b.x() * k,
                    panY + b.y() * k, style.color(), w * k, co || style.dashed(), !co, mark));
        }
        List<ViewPicture.LegendEntry> legend = new ArrayList<>();
        for (EntityType t : ontology.entityTypes()) {
            if (types.contains(t.name())) legend.add(new ViewPicture.LegendEntry(t.label(), t.color(), theme.smartShape(t.name())));
        }
        return new ViewPicture(width, height, nodes, links, legend, fontSize);
    }
}
