/**
 * Undoable graph edits, after Scene Builder's Job / JobManager: each user action is an {@link
 * org.policygraph.graph.edit.EditCommand} (execute, undo, redo, a description for the Edit menu, and the
 * {@link org.policygraph.graph.corrections.Correction}s that replay it after re-extraction), run by an
 * {@link org.policygraph.graph.edit.EditHistory}. Commands hold entity and relation objects, so undo and redo
 * put back the very same objects and later commands on the stacks stay valid.
 */
package org.policygraph.graph.edit;
