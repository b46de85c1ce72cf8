package org.policygraph.graph.edit;

import java.util.ArrayList;
import java.util.List;

import org.policygraph.graph.corrections.Correction;
import org.policygraph.graph.corrections.CorrectionSet;

/**
 * Keeps the project's correction list in step with the edit history: an executed or redone edit appends its
 * corrections, an undone edit takes them back off. Start it from the corrections already loaded with the project,
 * add it as a listener of the {@link EditHistory}, and save {@link #corrections()} with the project.
 */
public final class CorrectionRecorder implements EditHistory.Listener {
    private final List<Correction> list = new ArrayList<>();

    public CorrectionRecorder(CorrectionSet loaded) {
        list.addAll(loaded.corrections());
    }

    public CorrectionSet corrections() {
        return new CorrectionSet(list);
    }

    /** Replaces the list (a corrections file was loaded, or the user edited the list by hand). */
    public void reset(CorrectionSet loaded) {
        list.clear();
        list.addAll(loaded.corrections());
    }

    @Override
    public void historyChanged(EditHistory history, EditHistory.Change change, EditCommand command) {
        switch (change) {
            case EXECUTED, REDONE -> list.addAll(command.corrections());
            case UNDONE -> {
                List<Correction> taken = command.corrections();
                for (int i = taken.size() - 1; i >= 0; i--) {
                    int at = list.lastIndexOf(taken.get(i));
                    if (at >= 0) list.remove(at);
                }
            }
            case CLEARED -> {
                // the corrections stay: they are what re-applies to the new graph
            }
        }
    }
}
