package org.policygraph.cli;

import org.policygraph.model.Progress;

/** Progress lines on stderr, at most one per percent. */
final class StderrProgress implements Progress {
    private final boolean quiet;
    private long lastPercent = -1;

    StderrProgress(boolean quiet) {
        this.quiet = quiet;
    }

    @Override
    public synchronized void update(long done, long total, String message) {
        if (quiet || total <= 0) return;
        long pct = done * 100 / total;
        if (pct == lastPercent) return;
        lastPercent = pct;
        System.err.printf("[%3d%%] %d/%d %s%n", pct, done, total, message);
    }

    @Override
    public boolean isCancelled() {
        return false;
    }
}
