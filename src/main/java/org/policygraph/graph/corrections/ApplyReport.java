package org.policygraph.graph.corrections;

import java.util.List;

/**
 * What applying a correction set did: how many corrections took effect (or already held) and which could not,
 * each with a one-line reason. Skipped corrections stay in the set; they may apply again after more documents.
 */
public record ApplyReport(int applied, List<Skipped> skipped) {
    public ApplyReport {
        skipped = List.copyOf(skipped);
    }

    /**
     * A correction (numbered from 1, as in the file) that did not fully apply.
     *
     * @param partly true when the rest of it applied (a merge naming one entity that is gone)
     */
    public record Skipped(int number, Correction correction, String reason, boolean partly) {
        /** e.g. {@code correction 7 skipped: no entity named "Nonexistent Bureau of Examples"}. */
        public String message() {
            return "correction " + number + (partly ? " partly skipped: " : " skipped: ") + reason;
        }

        @Override public String toString() { return message(); }
    }

    public boolean allApplied() { return skipped.isEmpty(); }
}
