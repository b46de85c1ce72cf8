package org.policygraph.ui.view;

import com.brunomnsilva.smartgraph.graphview.SmartLabelSource;
import com.brunomnsilva.smartgraph.graphview.SmartRadiusSource;
import com.brunomnsilva.smartgraph.graphview.SmartShapeTypeSource;

import org.policygraph.model.Entity;

/**
 * A vertex element of the SmartGraph projection. SmartGraph reads label, radius and shape from these annotated
 * methods while it builds its nodes (its providers apply only to nodes made later).
 */
public final class GraphNode {
    /** Radius of the least and most central vertices. */
    public static final double MIN_RADIUS_DEFAULT = 11;
    public static final double MAX_RADIUS_DEFAULT = 24;

    private final Entity entity;
    private final double radius;
    private final String shape;

    GraphNode(Entity entity, double size, String shape) {
        this.entity = entity;
        this.radius = MIN_RADIUS_DEFAULT + (MAX_RADIUS_DEFAULT - MIN_RADIUS_DEFAULT) * Math.sqrt(size);
        this.shape = shape;
    }

    public Entity entity() { return entity; }

    @SmartLabelSource
    public String label() { return entity.shortLabel(); }

    @SmartRadiusSource
    public Double radius() { return radius; }

    @SmartShapeTypeSource
    public String shape() { return shape; }

    @Override public String toString() { return entity.shortLabel(); }
}
