package org.policygraph.ui.brief;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.policygraph.io.project.SavedView;

/**
 * Step-by-step reveal inside a saved view. Stage 1 shows the view's nodes that no step lists plus the first
 * step; each later stage adds the next step; the last stage shows the whole view. A view without steps has one
 * stage. Positions never change between stages, only which nodes (and the edges among them) are drawn.
 */
public final class RevealSteps {
    private RevealSteps() {
    }

    /** How many stages the view has (at least 1). */
    public static int stages(SavedView v) { return Math.max(1, v.revealSteps().size()); }

    /** Node ids shown at a stage (1-based, clamped), in the view's order. */
    public static Set<String> shownAt(SavedView v, int stage) {
        if (v.revealSteps().isEmpty()) return new LinkedHashSet<>(v.visibleNodeIds());
        int k = Math.max(1, Math.min(stage, v.revealSteps().size()));
        Set<String> later = new LinkedHashSet<>();
        for (int i = k; i < v.revealSteps().size(); i++) later.addAll(v.revealSteps().get(i));
        Set<String> earlier = new LinkedHashSet<>();
        for (int i = 0; i < k; i++) earlier.addAll(v.revealSteps().get(i));
        Set<String> out = new LinkedHashSet<>();
        for (String id : v.visibleNodeIds()) {
            if (earlier.contains(id) || !later.contains(id)) out.add(id);
        }
        return out;
    }

    /** The view with one more step holding these ids (ids already in a step move to the new one). */
    public static SavedView withStep(SavedView v, Set<String> ids) {
        List<List<String>> steps = new java.util.ArrayList<>();
        for (List<String> s : v.revealSteps()) {
            List<String> kept = s.stream().filter(id -> !ids.contains(id)).toList();
            if (!kept.isEmpty()) steps.add(kept);
        }
        steps.add(List.copyOf(ids));
        return Views.copy(v, b -> b.revealSteps = steps);
    }
}
