package org.policygraph.ui.brief;

import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.scene.image.Image;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;

import org.policygraph.extract.Ontology;
import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.io.project.NodePosition;
import org.policygraph.io.project.SavedView;

/**
 * Small pictures of saved views for the strip, drawn from the view's own data (so a reopened project has them
 * at once); cached by what the picture depends on, so editing notes does not redraw anything.
 */
public final class Thumbnails {
    public static final int WIDTH_DEFAULT = 150;
    public static final int HEIGHT_DEFAULT = 84;
    private static final int CACHE_SIZE_DEFAULT = 64;

    private record Key(KnowledgeGraph graph, List<String> ids, Map<String, NodePosition> positions,
            Map<String, Object> filters, List<String> path, String selected) {
    }

    private final Ontology ontology;
    private final Map<Key, Image> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Image> eldest) { return size() > CACHE_SIZE_DEFAULT; }
    };

    public Thumbnails(Ontology ontology) {
        this.ontology = ontology;
    }

    public Image of(KnowledgeGraph g, SavedView v) {
        Key k = new Key(g, v.visibleNodeIds(), v.positions(), v.filters(), v.highlightedPath(), v.selectedId());
        return cache.computeIfAbsent(k, x -> {
            ViewPicture p = picture(g, v, WIDTH_DEFAULT, HEIGHT_DEFAULT);
            // labels at this size are only smudges: shapes and links tell the views apart
            ViewPicture unlabelled = new ViewPicture(p.width(), p.height(), p.nodes(), p.links(), List.of(), 0);
            return toFx(PictureRenderer.render(unlabelled, java.awt.Color.WHITE));
        });
    }

    /** The whole view (every reveal step) fitted into a box. */
    public ViewPicture picture(KnowledgeGraph g, SavedView v, double width, double height) {
        Set<String> path = new HashSet<>(v.highlightedPath());
        return new PictureBuilder(ontology).fitted(ViewPictures.of(g, v, RevealSteps.stages(v)), width, height, path,
                v.selectedId());
    }

    static WritableImage toFx(BufferedImage b) {
        WritableImage img = new WritableImage(b.getWidth(), b.getHeight());
        PixelWriter w = img.getPixelWriter();
        for (int y = 0; y < b.getHeight(); y++) {
            for (int x = 0; x < b.getWidth(); x++) w.setArgb(x, y, b.getRGB(x, y));
        }
        return img;
    }
}
