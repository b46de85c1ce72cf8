package org.policygraph.ui.state;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.jgrapht.Graphs;
import org.policygraph.extract.Ontology;
import org.policygraph.graph.GraphListener;
import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.layout.GraphLayouter;
import org.policygraph.layout.Point;
import org.policygraph.model.Entity;
import org.policygraph.ui.task.BackgroundTask;
import org.policygraph.ui.task.TaskExecutor;

/**
 * The explorer's shared state: the graph, the view settings, the visible graph (rebuilt in the background when
 * either changes), the selection with its history, and the current answer (path or question preset). Screens
 * read and change it through its properties and methods; it never touches a Node.
 */
public final class ExplorerViewModel {
    private final TaskExecutor tasks;
    private final VisibleGraphBuilder builder;
    private final DetailsBuilder detailsBuilder;
    private final Ontology ontology;

    private final ReadOnlyObjectWrapper<KnowledgeGraph> graph = new ReadOnlyObjectWrapper<>(new KnowledgeGraph());
    private final ReadOnlyObjectWrapper<ViewSettings> settings = new ReadOnlyObjectWrapper<>(ViewSettings.defaults());
    private final ReadOnlyObjectWrapper<VisibleGraph> visible = new ReadOnlyObjectWrapper<>(VisibleGraph.empty());
    private final ReadOnlyStringWrapper selected = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<Details> details = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Answer> answer = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canGoForward = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper building = new ReadOnlyBooleanWrapper(false);
    private final SelectionHistory history = new SelectionHistory();
    private final Map<String, Point> dragged = new HashMap<>();
    private final javafx.beans.property.ReadOnlyIntegerWrapper moves = new javafx.beans.property.ReadOnlyIntegerWrapper();
    private int generation;
    /** Curation edits the shown graph in place; it tells us through this listener. */
    private final GraphListener edited = g -> graphEdited();
    private final javafx.beans.property.ReadOnlyIntegerWrapper edits = new javafx.beans.property.ReadOnlyIntegerWrapper(0);

    public ExplorerViewModel(TaskExecutor tasks, GraphLayouter layouter, Ontology ontology) {
        this.tasks = tasks;
        this.builder = new VisibleGraphBuilder(layouter);
        this.detailsBuilder = new DetailsBuilder(ontology);
        this.ontology = ontology;
    }

    // ---- properties ----

    public KnowledgeGraph graph() { return graph.get(); }
    public ReadOnlyObjectProperty<KnowledgeGraph> graphProperty() { return graph.getReadOnlyProperty(); }
    public ViewSettings settings() { return settings.get(); }
    public ReadOnlyObjectProperty<ViewSettings> settingsProperty() { return settings.getReadOnlyProperty(); }
    public VisibleGraph visible() { return visible.get(); }
    public ReadOnlyObjectProperty<VisibleGraph> visibleProperty() { return visible.getReadOnlyProperty(); }
    public String selectedId() { return selected.get(); }
    public ReadOnlyStringProperty selectedProperty() { return selected.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Details> detailsProperty() { return details.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Answer> answerProperty() { return answer.getReadOnlyProperty(); }
    public Answer answer() { return answer.get(); }
    public ReadOnlyStringProperty noticeProperty() { return notice.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canGoBackProperty() { return canGoBack.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canGoForwardProperty() { return canGoForward.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty buildingProperty() { return building.getReadOnlyProperty(); }
    public Ontology ontology() { return ontology; }

    public Optional<Entity> selectedEntity() {
        return selected.get() == null ? Optional.empty() : graph().entity(selected.get());
    }

    // ---- graph and settings ----

    /** Shows another graph (after loading); ids that survive keep their selection, history and positions. */
    public void setGraph(KnowledgeGraph g) {
        graph.get().removeListener(edited);
        graph.set(g);
        g.addListener(edited);
        history.retain(id -> g.entity(id).isPresent());
        if (selected.get() != null && g.entity(selected.get()).isEmpty()) selected.set(null);
        refreshDetails();
        updateHistoryFlags();
        rebuild(true);
    }

    /** The shown graph was edited in place (curation): forget what is gone, refresh details, redraw in place. */
    public void graphEdited() {
        KnowledgeGraph g = graph.get();
        edits.set(edits.get() + 1);
        history.retain(id -> g.entity(id).isPresent());
        if (selected.get() != null && g.entity(selected.get()).isEmpty()) selected.set(null);
        refreshDetails();
        updateHistoryFlags();
        rebuild(true);
    }

    /** Counts in-place edits of the shown graph, for views that show counts (the sidebar). */
    public javafx.beans.property.ReadOnlyIntegerProperty editsProperty() { return edits.getReadOnlyProperty(); }

    /** Changes the view settings and rebuilds the picture from scratch (dragged vertices stay put). */
    public void update(UnaryOperator<ViewSettings> change) {
        settings.set(change.apply(settings.get()));
        rebuild(false);
    }

    /** Changes the settings but keeps every current position: for small additions like expanding a node. */
    private void updateKeepingPicture(UnaryOperator<ViewSettings> change) {
        settings.set(change.apply(settings.get()));
        rebuild(true);
    }

    /** Recomputes the visible graph in the background; a newer request wins over an older one. */
    public void rebuild(boolean keepPicture) {
        int gen = ++generation;
        KnowledgeGraph g = graph.get();
        ViewSettings s = settings.get();
        Map<String, Point> pins = new HashMap<>();
        if (keepPicture) pins.putAll(visible.get().positions());
        pins.putAll(dragged);
        building.set(true);
        tasks.submit(new BackgroundTask<>("Laying out the graph", p -> builder.build(g, s, pins, p), v -> {
            if (gen != generation) return;
            building.set(false);
            visible.set(v);
        }, e -> {
            if (gen == generation) building.set(false);
        }));
    }

    /** The user dragged a vertex: it keeps this position through later layouts. */
    public void moved(String id, Point p) {
        dragged.put(id, p);
        moves.set(moves.get() + 1);
    }

    /** Forgets dragged positions and lays everything out again. */
    public void relayout() {
        dragged.clear();
        rebuild(false);
    }

    // ---- selection and history ----

    public void select(String id) {
        if (id == null || graph().entity(id).isEmpty()) return;
        history.visit(id);
        show(id);
    }

    public void clearSelection() {
        selected.set(null);
        details.set(null);
    }

    public void back() { history.back().ifPresent(this::show); }

    public void forward() { history.forward().ifPresent(this::show); }

    private void show(String id) {
        selected.set(id);
        refreshDetails();
        updateHistoryFlags();
        Entity e = graph().entity(id).orElseThrow();
        GraphFilter filter = new GraphFilter(graph(), settings());
        if (!filter.entity(e)) {
            notice.set(e.label() + " is hidden by the current filters");
        } else {
            notice.set("");
            if (!visible.get().contains(id) && !settings().forced().contains(id)) {
                updateKeepingPicture(s -> s.withForced(Set.of(id)));
            }
        }
    }

    private void refreshDetails() {
        details.set(selectedEntity().map(e -> detailsBuilder.build(graph(), e)).orElse(null));
    }

    private void updateHistoryFlags() {
        canGoBack.set(history.canGoBack());
        canGoForward.set(history.canGoForward());
    }

    // ---- exploration ----

    /** Shows only the k-hop neighbourhood of the selection. */
    public void focus(int hops) {
        String id = selected.get();
        if (id == null) return;
        update(s -> s.withFocus(id, hops));
    }

    public void clearFocus() {
        if (settings().focusId() != null) update(s -> s.withFocus(null, 1));
    }

    public void hideSelected() {
        String id = selected.get();
        if (id == null) return;
        clearSelection();
        updateKeepingPicture(s -> s.withHiddenAdded(id));
    }

    public void showHidden() {
        if (!settings().hiddenEntities().isEmpty()) updateKeepingPicture(s -> s.withHidden(Set.of()));
    }

    /** Double-click: shows the neighbours of a node, or folds its leaf neighbours away if all are shown. */
    public void toggleExpand(String id) {
        ViewSettings s = settings();
        Set<String> expanded = new HashSet<>(s.expanded());
        Set<String> collapsed = new HashSet<>(s.collapsed());
        Entity e = graph().entity(id).orElse(null);
        if (e == null) return;
        if (collapsed.remove(id)) {
            expanded.add(id);
        } else {
            boolean allShown = Graphs.neighborSetOf(new GraphFilter(graph(), s).apply(graph()), e).stream()
                    .allMatch(n -> visible.get().contains(n.id()));
            if (allShown) {
                expanded.remove(id);
                collapsed.add(id);
            } else {
                expanded.add(id);
            }
        }
        updateKeepingPicture(x -> x.withExpansion(expanded, collapsed));
    }

    public boolean isCollapsed(String id) { return settings().collapsed().contains(id); }

    /** Shows every matching node: big views are drawn by the canvas painter. */
    public void showMore() { update(s -> s.withCap(Integer.MAX_VALUE)); }

    public void toggleCommunities() { updateKeepingPicture(s -> s.withCommunities(!s.communities())); }

    // ---- answers ----

    /** Shortest path from the selection to another entity (Ctrl+click). */
    public void pathTo(String targetId) {
        String from = selected.get();
        if (from == null || from.equals(targetId)) {
            select(targetId);
            return;
        }
        path(from, targetId);
    }

    public void path(String fromId, String toId) {
        Entity a = graph().entity(fromId).orElse(null);
        Entity b = graph().entity(toId).orElse(null);
        if (a == null || b == null) return;
        ask("Finding a path", q -> q.path(a, b));
    }

    public void partners(String id) { graph().entity(id).ifPresent(x -> ask("Finding partners", q -> q.partners(x))); }

    public void agenciesWith(String id) {
        graph().entity(id).ifPresent(z -> ask("Finding agencies", q -> q.agenciesWithCountry(z)));
    }

    /** Clicking an edge: the sentences that state it. */
    public void explainRelation(String relationId) {
        graph().relations().stream().filter(r -> r.id().equals(relationId)).findFirst()
                .ifPresent(r -> ask("Reading the evidence", q -> q.relation(r)));
    }

    public void documentSays(String docId) { ask("Reading the document", q -> q.documentSays(docId)); }

    public void clearAnswer() { answer.set(null); }

    private void ask(String title, Function<QuestionPresets, Answer> question) {
        KnowledgeGraph g = graph();
        ViewSettings s = settings();
        tasks.submit(BackgroundTask.of(title, p -> question.apply(new QuestionPresets(g, s, ontology)), a -> {
            answer.set(a);
            Set<String> missing = new HashSet<>(a.entityIds());
            missing.removeIf(visible.get()::contains);
            if (!missing.isEmpty()) updateKeepingPicture(x -> x.withForced(missing));
        }));
    }

    // ---- briefings: saved views, presenter mode and project files (ui.brief) ----

    /** Counts vertex drags, so a project knows it has unsaved changes. */
    public javafx.beans.property.ReadOnlyIntegerProperty movesProperty() { return moves.getReadOnlyProperty(); }

    /** Shows exactly this picture (a saved view or a reveal step): no layout runs and pending rebuilds are dropped. */
    public void showPicture(ViewSettings s, VisibleGraph v) {
        generation++;
        building.set(false);
        settings.set(s);
        visible.set(v);
    }

    /** Opening a project: graph, filters and positions at once; every saved position is pinned. */
    public void restore(KnowledgeGraph g, ViewSettings s, Map<String, Point> positions) {
        dragged.clear();
        dragged.putAll(positions);
        answer.set(null);
        settings.set(s);
        setGraph(g);
    }

    /** Marks a highlighted path or answer without asking a question (a saved view brings its own). */
    public void highlight(Answer a) { answer.set(a); }
}
