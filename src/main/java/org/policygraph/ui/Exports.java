package org.policygraph.ui;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.io.ExportFormat;
import org.policygraph.io.Exporters;
import org.policygraph.model.Problem;
import org.policygraph.ui.state.ExplorerViewModel;
import org.policygraph.ui.state.LoadViewModel;
import org.policygraph.ui.task.BackgroundTask;
import org.policygraph.ui.task.TaskExecutor;
import org.policygraph.ui.view.GraphView;
import org.policygraph.ui.view.PngSnapshot;

/** Export: the graph as JSON, GraphML, GEXF or CSV, or the current view as a PNG, written in the background. */
final class Exports {
    private final ExplorerViewModel vm;
    private final TaskExecutor tasks;
    private final GraphView graphView;
    private final LoadViewModel messages;

    Exports(ExplorerViewModel vm, TaskExecutor tasks, GraphView graphView, LoadViewModel messages) {
        this.vm = vm;
        this.tasks = tasks;
        this.graphView = graphView;
        this.messages = messages;
    }

    /** One dialog for every format: the chosen extension decides. */
    void chooseAndExport(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export");
        for (ExportFormat f : ExportFormat.values()) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.name(), "*." + f.extension()));
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image of the view", "*.png"));
        File file = chooser.showSaveDialog(owner);
        if (file == null) return;
        String desc = chooser.getSelectedExtensionFilter() == null ? "" : chooser.getSelectedExtensionFilter().getDescription();
        if (desc.startsWith("PNG") || file.getName().endsWith(".png")) {
            writePng(file.toPath());
            return;
        }
        ExportFormat format = ExportFormat.JSON;
        for (ExportFormat f : ExportFormat.values()) if (desc.equals(f.name())) format = f;
        writeGraph(withExtension(file.toPath(), format.extension()), format);
    }

    void exportGraph(Window owner, ExportFormat f) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export graph as " + f.name());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.name(), "*." + f.extension()));
        File file = chooser.showSaveDialog(owner);
        if (file != null) writeGraph(withExtension(file.toPath(), f.extension()), f);
    }

    void exportPng(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export view as PNG");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG", "*.png"));
        File file = chooser.showSaveDialog(owner);
        if (file != null) writePng(withExtension(file.toPath(), "png"));
    }

    void writeGraph(Path out, ExportFormat f) {
        KnowledgeGraph g = vm.graph();
        tasks.submit(new BackgroundTask<>("Exporting " + out.getFileName(), p -> {
            Exporters.forFormat(f).write(g, out);
            return out;
        }, done -> { }, e -> messages.problems().add(new Problem(out.toString(), "could not be written ("
                + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")"))));
    }

    /** Snapshot on the FX thread, encoding and writing in the background. */
    void writePng(Path out) {
        BufferedImage image = PngSnapshot.capture(graphView);
        tasks.submit(new BackgroundTask<>("Writing " + out.getFileName(), p -> {
            PngSnapshot.write(image, out);
            return out;
        }, done -> { }, e -> messages.problems().add(new Problem(out.toString(), "could not be written"))));
    }

    private static Path withExtension(Path p, String ext) {
        return p.getFileName().toString().contains(".") ? p : p.resolveSibling(p.getFileName() + "." + ext);
    }
}
