package org.policygraph.ui.view;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

import org.policygraph.io.AtomicFiles;

/** Writes what a node shows to a PNG file (snapshot on the FX thread, pixels copied, then encoded). */
public final class PngSnapshot {
    private PngSnapshot() {
    }

    /** Takes the snapshot; call on the FX thread. */
    public static BufferedImage capture(Node node) {
        SnapshotParameters p = new SnapshotParameters();
        p.setFill(Color.WHITE);
        WritableImage img = node.snapshot(p, null);
        return toBuffered(img);
    }

    public static BufferedImage toBuffered(WritableImage img) {
        int w = (int) img.getWidth(), h = (int) img.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader r = img.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) out.setRGB(x, y, r.getArgb(x, y));
        }
        return out;
    }

    /** Encodes and writes; may run off the FX thread. */
    public static void write(BufferedImage image, Path file) throws IOException {
        AtomicFiles.write(file, out -> ImageIO.write(image, "png", out));
    }
}
