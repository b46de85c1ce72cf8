package org.policygraph.ui.brief;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import javafx.scene.SnapshotParameters;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.io.AtomicFiles;
import org.policygraph.io.project.SavedView;
import org.policygraph.ui.state.Answer;
import org.policygraph.ui.state.ExplorerViewModel;
import org.policygraph.ui.task.BackgroundTask;
import org.policygraph.ui.task.TaskExecutor;
import org.policygraph.ui.view.GraphView;
import org.policygraph.ui.view.PngSnapshot;

/**
 * Exports of what the graph view shows: PNG at 1x/2x/3x on white or transparent (a snapshot of the view itself,
 * so it looks exactly like the screen), SVG drawn from the same positions, zoom and colours, and the saved views
 * as a PDF deck. Pictures are taken on the FX thread; encoding and writing run in the background.
 */
public final class ViewExports {
    private final ExplorerViewModel vm;
    private final GraphView graphView;
    private final SavedViews views;
    private final Thumbnails thumbnails;
    private final TaskExecutor tasks;
    private final Consumer<String> problems;

    public ViewExports(ExplorerViewModel vm, GraphView graphView, SavedViews views, Thumbnails thumbnails,
            TaskExecutor tasks, Consumer<String> problems) {
        this.vm = vm;
        this.graphView = graphView;
        this.views = views;
        this.thumbnails = thumbnails;
        this.tasks = tasks;
        this.problems = problems;
    }

    /** The view as pixels at a scale; on the FX thread. Transparent leaves out the canvas background. */
    public BufferedImage png(int scale, boolean transparent) {
        String zoomStyle = graphView.zoomPane().getStyle();
        graphView.zoomPane().setStyle("-fx-background-color: " + (transparent ? "transparent" : "white") + ";");
        try {
            SnapshotParameters p = new SnapshotParameters();
            p.setFill(transparent ? Color.TRANSPARENT : Color.WHITE);
            p.setTransform(Transform.scale(scale, scale));
            WritableImage img = graphView.snapshot(p, null);
            return PngSnapshot.toBuffered(img);
        } finally {
            graphView.zoomPane().setStyle(zoomStyle);
        }
    }

    /** The view as SVG text, in the same pixel size as on screen. */
    public String svg(boolean transparent) {
        Answer a = vm.answer();
        Set<String> path = new HashSet<>();
        if (a != null) {
            path.addAll(a.entityIds());
            path.addAll(a.relationIds());
        }
        var z = graphView.zoomPane();
        ViewPicture p = new PictureBuilder(vm.ontology()).screen(vm.visible(), graphView.currentPositions(), z.scale(),
                z.panX(), z.panY(), graphView.getWidth(), graphView.getHeight(), path, vm.selectedId());
        return SvgWriter.write(p, transparent ? null : "#ffffff");
    }

    public void writePng(Path out, int scale, boolean transparent) {
        BufferedImage img = png(scale, transparent);
        run("Writing " + out.getFileName(), out, () -> PngSnapshot.write(img, out));
    }

    public void writeSvg(Path out, boolean transparent) {
        String svg = svg(transparent);
        run("Writing " + out.getFileName(), out,
                () -> AtomicFiles.write(out, o -> o.write(svg.getBytes(StandardCharsets.UTF_8))));
    }

    /** Every saved view (or, with none, the current picture) as a PDF deck. */
    public void writeDeck(Path out, String title, ViewCapture capture) {
        KnowledgeGraph g = vm.graph();
        List<SavedView> all = views.size() > 0 ? List.copyOf(views.list()) : List.of(capture.capture("Current view"));
        run("Writing " + out.getFileName(), out, () -> new DeckWriter(thumbnails).write(title, g, all, out));
    }

    // ---- dialogs ----

    public void pngDialog(Window owner) {
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle("Export view as PNG");
        ComboBox<Integer> scale = new ComboBox<>();
        scale.getItems().setAll(1, 2, 3);
        scale.setValue(2);
        scale.setConverter(new javafx.util.StringConverter<>() {
            @Override public String toString(Integer i) { return i == null ? "" : i + "x"; }
            @Override public Integer fromString(String s) { return Integer.parseInt(s.replace("x", "")); }
        });
        CheckBox transparent = new CheckBox("Transparent background (otherwise white)");
        d.getDialogPane().setContent(new VBox(10, new HBox(8, new Label("Scale:"), scale), transparent));
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        if (owner != null) d.initOwner(owner);
        if (d.showAndWait().filter(b -> b == ButtonType.OK).isEmpty()) return;
        Path out = choose(owner, "Export view as PNG", "PNG image", "png");
        if (out != null) writePng(out, scale.getValue(), transparent.isSelected());
    }

    public void svgDialog(Window owner) {
        Path out = choose(owner, "Export view as SVG", "SVG drawing", "svg");
        if (out != null) writeSvg(out, false);
    }

    public void deckDialog(Window owner, String title, ViewCapture capture) {
        Path out = choose(owner, "Export the views as a PDF deck", "PDF", "pdf");
        if (out != null) writeDeck(out, title, capture);
    }

    static Path choose(Window owner, String title, String what, String ext) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(what, "*." + ext));
        File f = c.showSaveDialog(owner);
        if (f == null) return null;
        Path p = f.toPath();
        return p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith("." + ext) ? p
                : p.resolveSibling(p.getFileName() + "." + ext);
    }

    private interface Write {
        void run() throws Exception;
    }

    private void run(String title, Path out, Write w) {
        tasks.submit(new BackgroundTask<>(title, p -> {
            w.run();
            return out;
        }, done -> { }, e -> problems.accept(out + ": could not be written ("
                + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")")));
    }
}
