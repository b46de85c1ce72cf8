package org.policygraph.graph.edit;

import java.util.List;

import org.policygraph.graph.corrections.Correction;

/**
 * One user edit of the graph. Run it through {@link EditHistory}, never directly, so it can be undone.
 * {@link #undo()} puts the graph back exactly as it was before {@link #execute()}; {@link #redo()} re-applies it
 * after an undo (to the same objects). Arguments are checked when the command is made, so a command that was
 * created executes without failing.
 */
public interface EditCommand {
    void execute();

    void undo();

    default void redo() {
        execute();
    }

    /** For the Edit menu: "Undo " + description, e.g. "Merge DEA into Drug Enforcement Administration". */
    String description();

    /** The corrections that replay this edit on a re-extracted graph (names as they were before the edit). */
    List<Correction> corrections();
}
