/**
 * Headless batch extraction for corpora that outgrow a window: documents stream through in parallel with
 * bounded memory, each result is appended to a JSON-lines journal, and a checkpoint makes runs resumable.
 */
package org.policygraph.io.batch;
