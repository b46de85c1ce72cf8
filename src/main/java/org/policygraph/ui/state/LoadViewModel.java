package org.policygraph.ui.state;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.policygraph.graph.CorpusLoader;
import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.graph.LoadReport;
import org.policygraph.io.JsonGraphImporter;
import org.policygraph.model.Problem;
import org.policygraph.ui.task.BackgroundTask;
import org.policygraph.ui.task.TaskExecutor;

/**
 * Opening files and folders: loads them into a copy of the current graph in the background (progress, cancel),
 * or opens a graph exported as JSON,
 * swaps the copy in when done, and lists per-file problems as one-line messages. A failed or cancelled load keeps
 * the graph as it was.
 */
public final class LoadViewModel {
    private final ExplorerViewModel explorer;
    private final TaskExecutor tasks;
    private final Supplier<CorpusLoader> loader;
    private final RecentFiles recent;
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final List<Path> waiting = new ArrayList<>();

    public LoadViewModel(ExplorerViewModel explorer, TaskExecutor tasks, Supplier<CorpusLoader> loader,
            RecentFiles recent) {
        this.explorer = explorer;
        this.tasks = tasks;
        this.loader = loader;
        this.recent = recent;
    }

    public ObservableList<Problem> problems() { return problems; }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
    public RecentFiles recent() { return recent; }

    public void dismissProblems() { problems.clear(); }

    /** Adds files and folders to the current graph; while a load runs, the next one waits its turn. */
    public void open(List<Path> paths) {
        if (paths.isEmpty()) return;
        if (loading.get()) {
            waiting.addAll(paths);
            return;
        }
        KnowledgeGraph current = explorer.graph();
        String names = paths.stream().map(p -> p.getFileName() == null ? p.toString() : p.getFileName().toString())
                .collect(Collectors.joining(", "));
        loading.set(true);
        tasks.submit(new BackgroundTask<Loaded>("Opening " + names, progress -> {
            List<Problem> jsonProblems = new ArrayList<>();
            KnowledgeGraph start = exportedGraph(paths, jsonProblems);
            KnowledgeGraph copy = start != null ? start : GraphCopy.of(current);
            List<Path> documents = paths.stream().filter(p -> !isGraphExport(p)).toList();
            LoadReport report = documents.isEmpty() ? new LoadReport(List.of(), List.of(), false)
                    : loader.get().load(copy, documents, progress);
            if (start != null || !jsonProblems.isEmpty()) {
                List<Problem> all = new ArrayList<>(jsonProblems);
                all.addAll(report.problems());
                List<org.policygraph.model.Document> docs = new ArrayList<>(report.documents());
                if (start != null) docs.addAll(start.documents());
                report = new LoadReport(docs, all, report.cancelled());
            }
            return new Loaded(copy, report);
        }, done -> {
            finished();
            problems.addAll(done.report().problems());
            if (done.report().cancelled()) return;
            if (done.report().documents().isEmpty() && done.report().problems().isEmpty()) {
                problems.add(new Problem(names, "no supported documents found"));
            }
            recent.add(paths);
            if (!done.report().documents().isEmpty()) explorer.setGraph(done.graph());
        }, error -> {
            finished();
            if (error instanceof CancellationException) return;
            problems.add(new Problem(names, "could not be opened (" + reason(error) + ")"));
        }));
    }

    private void finished() {
        loading.set(false);
        if (waiting.isEmpty()) return;
        List<Path> next = new ArrayList<>(waiting);
        waiting.clear();
        Platform.runLater(() -> open(next));
    }

    /** A .json file is a graph exported earlier: it replaces the graph (documents in the same batch are added). */
    static boolean isGraphExport(Path p) {
        return p.getFileName() != null && p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json");
    }

    private static KnowledgeGraph exportedGraph(List<Path> paths, List<Problem> problems) {
        KnowledgeGraph g = null;
        for (Path p : paths) {
            if (!isGraphExport(p)) continue;
            try {
                g = new JsonGraphImporter().read(p);
            } catch (IOException e) {
                problems.add(new Problem(p.toString(), e.getMessage() == null ? "cannot be read" : e.getMessage()));
            }
        }
        return g;
    }

    private static String reason(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null) c = c.getCause();
        return c.getMessage() != null ? c.getMessage() : c.getClass().getSimpleName();
    }

    private record Loaded(KnowledgeGraph graph, LoadReport report) {
    }
}
