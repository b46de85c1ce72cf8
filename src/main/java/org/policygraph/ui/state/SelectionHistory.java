package org.policygraph.ui.state;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** Back and forward through selected entity ids, like a browser: a new selection clears the forward list. */
public final class SelectionHistory {
    private final Deque<String> back = new ArrayDeque<>();
    private final Deque<String> forward = new ArrayDeque<>();
    private String current;

    /** Records a new selection (repeating the current one changes nothing). */
    public void visit(String id) {
        if (id == null || id.equals(current)) return;
        if (current != null) back.push(current);
        forward.clear();
        current = id;
    }

    public Optional<String> back() {
        if (back.isEmpty()) return Optional.empty();
        if (current != null) forward.push(current);
        current = back.pop();
        return Optional.of(current);
    }

    public Optional<String> forward() {
        if (forward.isEmpty()) return Optional.empty();
        if (current != null) back.push(current);
        current = forward.pop();
        return Optional.of(current);
    }

    public boolean canGoBack() { return !back.isEmpty(); }
    public boolean canGoForward() { return !forward.isEmpty(); }
    public String current() { return current; }

    /** Forgets ids that no longer exist (after a reload). */
    public void retain(java.util.function.Predicate<String> exists) {
        back.removeIf(id -> !exists.test(id));
        forward.removeIf(id -> !exists.test(id));
        if (current != null && !exists.test(current)) current = null;
    }
}
