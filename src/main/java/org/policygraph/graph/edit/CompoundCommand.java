package org.policygraph.graph.edit;

import java.util.ArrayList;
import java.util.List;

import org.policygraph.graph.corrections.Correction;

/**
 * Several edits undone and redone as one (bulk retype or delete of a multi-selection). Parts run in order and
 * undo in reverse; if a part fails, the parts already done are undone before the failure is passed on.
 */
public final class CompoundCommand implements EditCommand {
    private final String description;
    private final List<EditCommand> parts;

    public CompoundCommand(String description, List<? extends EditCommand> parts) {
        if (parts.isEmpty()) throw new IllegalArgumentException("a compound edit needs at least one part");
        this.description = description;
        this.parts = List.copyOf(parts);
    }

    @Override
    public void execute() {
        run(false);
    }

    @Override
    public void redo() {
        run(true);
    }

    private void run(boolean again) {
        int done = 0;
        try {
            for (EditCommand c : parts) {
                if (again) c.redo();
                else c.execute();
                done++;
            }
        } catch (RuntimeException e) {
            for (int i = done - 1; i >= 0; i--) parts.get(i).undo();
            throw e;
        }
    }

    @Override
    public void undo() {
        for (int i = parts.size() - 1; i >= 0; i--) parts.get(i).undo();
    }

    @Override public String description() { return description; }

    public List<EditCommand> parts() { return parts; }

    @Override
    public List<Correction> corrections() {
        List<Correction> all = new ArrayList<>();
        for (EditCommand c : parts) all.addAll(c.corrections());
        return all;
    }
}
