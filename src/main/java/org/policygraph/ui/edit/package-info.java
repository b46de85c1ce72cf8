/**
 * Curation in the explorer: the edit ViewModel over the graph's undoable edit commands, the Edit menu and context
 * menus, the edit dialogs, the review panel of likely extraction errors, corrections files and the user gazetteer.
 * The logic lives in {@code graph.edit} and {@code graph.corrections}; this package only drives it.
 */
package org.policygraph.ui.edit;
