import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Draws packaging/policygraph.png (256x256): a few typed nodes and edges in the ontology's colours, and wraps
 * the same PNG as policygraph.ico (Windows, PNG-in-ICO) and policygraph.icns (macOS, one 'ic08' entry).
 * Run from the project root with `java packaging/MakeIcon.java` (single-file source launch, JDK only).
 */
public class MakeIcon {
    public static void main(String[] args) throws Exception {
        int s = 256;
        BufferedImage img = new BufferedImage(s, s, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(new Color(0xF4F6F8));
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56));
        g.setColor(new Color(0x2C3E50));
        g.setStroke(new BasicStroke(6));
        g.draw(new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56));

        double[][] nodes = {{76, 80}, {182, 66}, {96, 184}, {190, 172}, {132, 126}};
        int[][] edges = {{0, 1}, {0, 2}, {1, 3}, {2, 3}, {0, 4}, {4, 1}, {4, 3}, {4, 2}};
        g.setColor(new Color(0x95A5A6));
        g.setStroke(new BasicStroke(7, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int[] e : edges) {
            g.drawLine((int) nodes[e[0]][0], (int) nodes[e[0]][1], (int) nodes[e[1]][0], (int) nodes[e[1]][1]);
        }
        g.setStroke(new BasicStroke(5));
        node(g, circle(nodes[0], 30), 0x1F6FB4);
        node(g, diamond(nodes[1], 28), 0xC0392B);
        node(g, circle(nodes[2], 24), 0x2E9B48);
        node(g, square(nodes[3], 24), 0xD4731A);
        node(g, circle(nodes[4], 20), 0x8E5CC2);
        g.dispose();
        String dir = args.length > 0 ? args[0] : "packaging";
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        ImageIO.write(img, "png", png);
        byte[] data = png.toByteArray();
        java.nio.file.Files.write(java.nio.file.Path.of(dir, "policygraph.png"), data);
        java.nio.file.Files.write(java.nio.file.Path.of(dir, "policygraph.ico"), ico(data));
        java.nio.file.Files.write(java.nio.file.Path.of(dir, "policygraph.icns"), icns(data));
    }

    /** ICO with one 256x256 PNG entry (width/height 0 mean 256). Little-endian. */
    private static byte[] ico(byte[] png) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(6 + 16 + png.length).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0).putShort((short) 1).putShort((short) 1);
        b.put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
        b.putShort((short) 1).putShort((short) 32).putInt(png.length).putInt(6 + 16);
        b.put(png);
        return b.array();
    }

    /** ICNS with one 'ic08' (256x256 PNG) entry. Big-endian. */
    private static byte[] icns(byte[] png) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(8 + 8 + png.length);
        b.put("icns".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(16 + png.length);
        b.put("ic08".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(8 + png.length);
        b.put(png);
        return b.array();
    }

    private static void node(Graphics2D g, java.awt.Shape shape, int rgb) {
        g.setColor(new Color(rgb));
        g.fill(shape);
        g.setColor(Color.WHITE);
        g.draw(shape);
    }

    private static java.awt.Shape circle(double[] c, double r) {
        return new Ellipse2D.Double(c[0] - r, c[1] - r, 2 * r, 2 * r);
    }

    private static java.awt.Shape square(double[] c, double r) {
        return new java.awt.geom.Rectangle2D.Double(c[0] - r, c[1] - r, 2 * r, 2 * r);
    }

    private static java.awt.Shape diamond(double[] c, double r) {
        Path2D p = new Path2D.Double();
        p.moveTo(c[0], c[1] - r);
        p.lineTo(c[0] + r, c[1]);
        p.lineTo(c[0], c[1] + r);
        p.lineTo(c[0] - r, c[1]);
        p.closePath();
        return p;
    }
}
