package org.policygraph.ui.brief;

import java.util.Locale;

/**
 * Writes a {@link ViewPicture} as SVG by hand: one shape per node (circle, rect or polygon by the ontology's shape),
 * a line per edge with an arrow marker for directed relations, text labels and a legend. No external references,
 * so the file opens anywhere.
 */
public final class SvgWriter {
    private SvgWriter() {
    }

    /** @param background a CSS colour, or null for a transparent picture */
    public static String write(ViewPicture p, String background) {
        StringBuilder s = new StringBuilder();
        s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(n(p.width())).append("\" height=\"")
                .append(n(p.height())).append("\" viewBox=\"0 0 ").append(n(p.width())).append(' ').append(n(p.height()))
                .append("\" font-family=\"Segoe UI, Helvetica, Arial, sans-serif\">\n");
        s.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"6\" markerHeight=\"6\""
                + " orient=\"auto-start-reverse\" markerUnits=\"strokeWidth\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"context-stroke\"/>"
                + "</marker></defs>\n");
        if (background != null) {
            s.append("<rect class=\"background\" x=\"0\" y=\"0\" width=\"100%\" height=\"100%\" fill=\"").append(background)
                    .append("\"/>\n");
        }
        s.append("<g class=\"edges\">\n");
        for (ViewPicture.Link l : p.links()) link(s, l, p);
        s.append("</g>\n<g class=\"nodes\">\n");
        for (ViewPicture.Node node : p.nodes()) node(s, node);
        s.append("</g>\n<g class=\"labels\">\n");
        for (ViewPicture.Node node : p.nodes()) {
            if (!node.labelled()) continue;
            s.append("<text x=\"").append(n(node.x())).append("\" y=\"").append(n(node.y() + node.radius() + p.fontSize() * 1.1))
                    .append("\" font-size=\"").append(n(p.fontSize())).append("\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"#27313b\"")
                    .append(node.mark() == ViewPicture.Mark.DIMMED ? " opacity=\"0.25\"" : "").append('>')
                    .append(escape(node.label())).append("</text>\n");
        }
        s.append("</g>\n");
        legend(s, p);
        s.append("</svg>\n");
        return s.toString();
    }

    private static void link(StringBuilder s, ViewPicture.Link l, ViewPicture p) {
        boolean path = l.mark() == ViewPicture.Mark.PATH;
        double opacity = l.mark() == ViewPicture.Mark.DIMMED ? 0.18 : path ? 1 : l.dashed() ? 0.35 : 0.75;
        // end the line at the target's rim so the arrow head is visible
        double dx = l.x2() - l.x1(), dy = l.y2() - l.y1(), len = Math.max(1e-6, Math.hypot(dx, dy));
        double back = targetRadius(p, l);
        double x2 = l.x2() - dx / len * back, y2 = l.y2() - dy / len * back;
        s.append("<line class=\"edge\" data-id=\"").append(escape(l.id())).append("\" x1=\"").append(n(l.x1()))
                .append("\" y1=\"").append(n(l.y1())).append("\" x2=\"").append(n(x2)).append("\" y2=\"").append(n(y2))
                .append("\" stroke=\"").append(path ? ViewPicture.PATH_COLOR : l.color()).append("\" stroke-width=\"")
                .append(n(path ? Math.max(l.width(), 5 * l.width() / 1.6) : l.width())).append("\" stroke-linecap=\"round\" opacity=\"")
                .append(n(opacity)).append('"');
        if (l.dashed() && !path) s.append(" stroke-dasharray=\"3 5\"");
        if (l.directed()) s.append(" marker-end=\"url(#arrow)\"");
        s.append("/>\n");
    }

    private static double targetRadius(ViewPicture p, ViewPicture.Link l) {
        for (ViewPicture.Node n : p.nodes()) {
            if (Math.abs(n.x() - l.x2()) < 1e-6 && Math.abs(n.y() - l.y2()) < 1e-6) return n.radius();
        }
        return 0;
    }

    private static void node(StringBuilder s, ViewPicture.Node node) {
        String stroke = switch (node.mark()) {
            case PATH -> ViewPicture.PATH_COLOR;
            case SELECTED -> ViewPicture.SELECTED_STROKE;
            default -> "#ffffff";
        };
        double strokeWidth = node.mark() == ViewPicture.Mark.PATH ? 5 : node.mark() == ViewPicture.Mark.SELECTED ? 4 : 2;
        String common = " class=\"node\" data-id=\"" + escape(node.id()) + "\" data-type=\"" + escape(node.type())
                + "\" fill=\"" + node.color() + "\" stroke=\"" + stroke + "\" stroke-width=\"" + n(strokeWidth) + "\""
                + (node.mark() == ViewPicture.Mark.DIMMED ? " opacity=\"0.18\"" : "");
        double r = node.radius();
        double[] xy = ViewPicture.polygon(node.shape(), node.x(), node.y(), r);
        if ("square".equals(node.shape())) {
            double h = r / Math.sqrt(2);
            s.append("<rect").append(common).append(" x=\"").append(n(node.x() - h)).append("\" y=\"").append(n(node.y() - h))
                    .append("\" width=\"").append(n(2 * h)).append("\" height=\"").append(n(2 * h)).append("\"/>\n");
        } else if (xy.length > 0) {
            s.append("<polygon").append(common).append(" points=\"");
            for (int i = 0; i < xy.length; i += 2) s.append(i == 0 ? "" : " ").append(n(xy[i])).append(',').append(n(xy[i + 1]));
            s.append("\"/>\n");
        } else {
            s.append("<circle").append(common).append(" cx=\"").append(n(node.x())).append("\" cy=\"").append(n(node.y()))
                    .append("\" r=\"").append(n(r)).append("\"/>\n");
        }
    }

    private static void legend(StringBuilder s, ViewPicture p) {
        if (p.legend().isEmpty()) return;
        double row = 18, x = 10, h = 16 + row * p.legend().size(), y = p.height() - 10 - h;
        s.append("<g class=\"legend\"><rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"150\" height=\"")
                .append(n(h)).append("\" rx=\"8\" fill=\"#ffffff\" fill-opacity=\"0.92\" stroke=\"#d5dae0\"/>\n");
        for (int i = 0; i < p.legend().size(); i++) {
            ViewPicture.LegendEntry e = p.legend().get(i);
            double cy = y + 8 + row * i + row / 2;
            s.append("<rect x=\"").append(n(x + 10)).append("\" y=\"").append(n(cy - 6)).append("\" width=\"12\" height=\"12\" rx=\"6\" fill=\"")
                    .append(e.color()).append("\"/><text x=\"").append(n(x + 28)).append("\" y=\"").append(n(cy + 4))
                    .append("\" font-size=\"11\" fill=\"#27313b\">").append(escape(e.label())).append("</text>\n");
        }
        s.append("</g>\n");
    }

    private static String n(double v) {
        return String.format(Locale.ROOT, "%.2f", v).replaceAll("\\.?0+$", "");
    }

    static String escape(String t) {
        StringBuilder b = new StringBuilder();
        for (char c : t.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> { if (c >= 0x20 || c == '\t' || c == '\n') b.append(c); }
            }
        }
        return b.toString();
    }
}
