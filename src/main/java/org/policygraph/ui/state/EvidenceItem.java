package org.policygraph.ui.state;

/**
 * A sentence that supports something shown to the user, with where it comes from, so the document viewer can
 * open it.
 *
 * @param claim what it supports, e.g. "DEA — partners with → Europol"
 */
public record EvidenceItem(String claim, String docId, String docTitle, int start, int end, String sentence) {
}
