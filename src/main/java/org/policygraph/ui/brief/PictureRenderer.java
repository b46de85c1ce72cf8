package org.policygraph.ui.brief;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/**
 * Draws a {@link ViewPicture} with Java2D, off the FX thread: thumbnails of saved views and the pictures of the
 * PDF deck, without showing each view on screen first.
 */
public final class PictureRenderer {
    private PictureRenderer() {
    }

    /** @param background null for transparent */
    public static BufferedImage render(ViewPicture p, Color background) {
        int w = Math.max(1, (int) Math.ceil(p.width())), h = Math.max(1, (int) Math.ceil(p.height()));
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        if (background != null) {
            g.setColor(background);
            g.fillRect(0, 0, w, h);
        }
        for (ViewPicture.Link l : p.links()) {
            boolean path = l.mark() == ViewPicture.Mark.PATH;
            float opacity = l.mark() == ViewPicture.Mark.DIMMED ? 0.18f : path ? 1f : l.dashed() ? 0.35f : 0.75f;
            g.setColor(color(path ? ViewPicture.PATH_COLOR : l.color(), opacity));
            float width = (float) Math.max(0.6, path ? l.width() * 3 : l.width());
            g.setStroke(l.dashed() && !path
                    ? new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1, new float[] {3, 5}, 0)
                    : new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new Line2D.Double(l.x1(), l.y1(), l.x2(), l.y2()));
        }
        for (ViewPicture.Node n : p.nodes()) {
            float opacity = n.mark() == ViewPicture.Mark.DIMMED ? 0.18f : 1f;
            Shape s = shape(n);
            g.setColor(color(n.color(), opacity));
            g.fill(s);
            String stroke = n.mark() == ViewPicture.Mark.PATH ? ViewPicture.PATH_COLOR
                    : n.mark() == ViewPicture.Mark.SELECTED ? ViewPicture.SELECTED_STROKE : "#ffffff";
            g.setColor(color(stroke, opacity));
            float ring = n.mark() == ViewPicture.Mark.PATH ? 4f : n.mark() == ViewPicture.Mark.SELECTED ? 3f : 1.5f;
            // rings shrink with the node, so a thumbnail's selected node stays its colour
            g.setStroke(new BasicStroke((float) Math.min(ring, Math.max(0.5, n.radius() * 0.3))));
            g.draw(s);
        }
        if (p.fontSize() >= 5) {
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(p.fontSize())));
            FontMetrics fm = g.getFontMetrics();
            for (ViewPicture.Node n : p.nodes()) {
                if (!n.labelled()) continue;
                g.setColor(color("#27313b", n.mark() == ViewPicture.Mark.DIMMED ? 0.25f : 1f));
                g.drawString(n.label(), (float) (n.x() - fm.stringWidth(n.label()) / 2.0),
                        (float) (n.y() + n.radius() + p.fontSize() * 1.1));
            }
        }
        g.dispose();
        return img;
    }

    private static Shape shape(ViewPicture.Node n) {
        double r = n.radius();
        if ("square".equals(n.shape())) {
            double h = r / Math.sqrt(2);
            return new Rectangle2D.Double(n.x() - h, n.y() - h, 2 * h, 2 * h);
        }
        double[] xy = ViewPicture.polygon(n.shape(), n.x(), n.y(), r);
        if (xy.length == 0) return new Ellipse2D.Double(n.x() - r, n.y() - r, 2 * r, 2 * r);
        Polygon poly = new Polygon();
        for (int i = 0; i < xy.length; i += 2) poly.addPoint((int) Math.round(xy[i]), (int) Math.round(xy[i + 1]));
        return poly;
    }

    static Color color(String css, float opacity) {
        Color c = Color.decode(css);
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), Math.round(255 * opacity));
    }
}
