/**
 * The briefing PDF: a title page with the corpus summary, an overview map, one page per central entity (ego
 * network, relations table, evidence quotes with citations) and an index of documents. Drawn as PDF vector
 * graphics with PDFBox, so it needs no display and no JavaFX.
 */
package org.policygraph.io.brief;
