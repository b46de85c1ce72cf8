package org.policygraph.ui.edit;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.graph.corrections.ReviewItem;
import org.policygraph.graph.corrections.ReviewList;
import org.policygraph.model.Entity;
import org.policygraph.ui.task.BackgroundTask;
import org.policygraph.ui.task.TaskExecutor;

/**
 * The review list: likely extraction errors, most likely first, each with a one-click fix (merge the suggested
 * pair, retype to the majority type, delete) or dismiss. Dismissed items stay hidden for the session. The list is
 * ranked in the background and again after every fix, since a fix changes what looks wrong.
 */
public final class ReviewViewModel {
    /** Items listed at most; the rest wait until the first are fixed. */
    public static final int LIMIT_DEFAULT = 300;

    private final EditViewModel edits;
    private final TaskExecutor tasks;
    private final ObservableList<ReviewItem> items = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper ranking = new ReadOnlyBooleanWrapper(false);
    private final Set<String> dismissed = new HashSet<>();
    private int generation;

    public ReviewViewModel(EditViewModel edits, TaskExecutor tasks) {
        this.edits = edits;
        this.tasks = tasks;
    }

    public ObservableList<ReviewItem> items() { return items; }
    public ReadOnlyBooleanProperty rankingProperty() { return ranking.getReadOnlyProperty(); }

    /** Ranks the shown graph again (in the background); a newer request wins. */
    public void refresh() {
        int gen = ++generation;
        KnowledgeGraph g = edits.graph();
        ranking.set(true);
        tasks.submit(new BackgroundTask<>("Looking for likely errors", p -> ReviewList.rank(g), ranked -> {
            if (gen != generation) return;
            items.setAll(ranked.stream().filter(i -> !dismissed.contains(key(i))).limit(LIMIT_DEFAULT).toList());
            ranking.set(false);
        }, e -> {
            if (gen == generation) ranking.set(false);
        }));
    }

    /** Shows the item in the graph: selects its first entity, marks the others (or picks its edge). */
    public void show(ReviewItem item) {
        if (item == null) return;
        edits.clearMarks();
        List<Entity> es = item.entities();
        if (item.relation() != null) edits.setRelation(item.relation().id());
        if (es.isEmpty()) return;
        edits.explorer().select(es.get(0).id());
        for (int i = 1; i < es.size(); i++) edits.toggleMark(es.get(i).id());
    }

    /** What the one-click fix does, for its button; empty when there is none. */
    public Optional<String> fixText(ReviewItem item) {
        return switch (item.kind()) {
            case NEAR_DUPLICATE -> Optional.of("Merge into " + item.entities().get(0).label());
            case TYPE_CONFLICT -> suggestedType(item).map(t -> "Retype as " + t);
            case NO_EVIDENCE -> Optional.of(item.relation() != null ? "Delete link" : "Delete");
            case SINGLETON -> Optional.of("Delete");
        };
    }

    /** Applies the one-click fix; true when the graph changed. */
    public boolean fix(ReviewItem item) {
        boolean done = switch (item.kind()) {
            case NEAR_DUPLICATE -> edits.merge(item.entities().get(0), item.entities());
            case TYPE_CONFLICT -> suggestedType(item).map(t -> edits.retype(List.of(item.entities().get(0)), t)).orElse(false);
            case NO_EVIDENCE, SINGLETON -> item.relation() != null ? edits.deleteRelation(item.relation())
                    : edits.delete(List.of(item.entities().get(0)));
        };
        if (done) {
            items.remove(item);
            refresh();
        }
        return done;
    }

    /** Hides the item for this session: it is not an error. */
    public void dismiss(ReviewItem item) {
        dismissed.add(key(item));
        items.remove(item);
    }

    /** The majority type a type conflict names last in its reason ("... are ORGANIZATION"), if it is a known type. */
    Optional<String> suggestedType(ReviewItem item) {
        String reason = item.reason().strip();
        String last = reason.substring(reason.lastIndexOf(' ') + 1);
        return edits.explorer().ontology().typeNames().contains(last) ? Optional.of(last) : Optional.empty();
    }

    private static String key(ReviewItem i) {
        return i.kind() + ":" + i.entities().stream().map(Entity::label).collect(Collectors.joining("|"))
                + (i.relation() == null ? "" : ":" + i.relation().type());
    }
}
