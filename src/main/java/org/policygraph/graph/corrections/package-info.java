/**
 * Corrections as data: the user's fixes to the extracted graph (merge, rename, retype, aliases, deletes, hand-drawn
 * edges, notes) as an ordered, human-readable JSON list that is re-applied after every (re-)extraction, matching
 * entities by label or any alias; plus the user's gazetteer additions (types and known entities) for the extractor.
 */
package org.policygraph.graph.corrections;
