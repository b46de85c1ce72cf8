/**
 * Project files (.policygraph JSON: documents with their clean text, the graph, positions, filters, saved views,
 * corrections), atomic saving with one backup, autosave recovery, and .zip bundles read as untrusted input.
 * No JavaFX: the UI maps its state to these records.
 */
package org.policygraph.io.project;
