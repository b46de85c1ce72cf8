package org.policygraph.model;

/** Reports progress of long work and asks whether the user cancelled it. Implementations must be thread-safe. */
public interface Progress {
    Progress NONE = new Progress() {
        @Override public void update(long done, long total, String message) { }
        @Override public boolean isCancelled() { return false; }
    };

    void update(long done, long total, String message);

    boolean isCancelled();

    /** A problem with one input that did not stop the work (a bad file, a correction that no longer applies). */
    default void problem(String source, String reason) { }
}
