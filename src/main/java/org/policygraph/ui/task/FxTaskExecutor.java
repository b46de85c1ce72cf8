package org.policygraph.ui.task;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.application.Platform;
import javafx.concurrent.Task;

import org.policygraph.model.Progress;

/**
 * Runs tasks as {@link javafx.concurrent.Task}s on a small pool of daemon threads, so extraction, layout and
 * analytics never run on the FX thread. Progress is coalesced by javafx.concurrent before it reaches the UI.
 */
public final class FxTaskExecutor implements TaskExecutor {
    /** Two workers: one long load can run while views are still laid out. */
    public static final int THREADS_DEFAULT = 2;

    private final Activity activity = new Activity();
    private final ExecutorService pool;

    public FxTaskExecutor() {
        AtomicInteger n = new AtomicInteger();
        pool = Executors.newFixedThreadPool(THREADS_DEFAULT, r -> {
            Thread t = new Thread(r, "policygraph-ui-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public Activity activity() { return activity; }

    @Override
    public Cancellable submit(BackgroundTask<?> task) {
        FxTask<?> fx = new FxTask<>(task);
        Runnable start = () -> activity.started(task.title(), () -> fx.cancel(false));
        if (Platform.isFxApplicationThread()) start.run(); else Platform.runLater(start);
        pool.execute(fx);
        return () -> fx.cancel(false);
    }

    public void shutdown() { pool.shutdownNow(); }

    /** Bridges our {@link Progress} to the Task's coalescing progress and message updates. */
    private final class FxTask<T> extends Task<T> {
        private final BackgroundTask<T> spec;

        FxTask(BackgroundTask<T> spec) {
            this.spec = spec;
            progressProperty().addListener((o, a, b) -> activity.progressed(b.doubleValue(), getMessage()));
            messageProperty().addListener((o, a, b) -> activity.progressed(getProgress(), b));
        }

        @Override
        protected T call() throws Exception {
            return spec.work().run(new Progress() {
                @Override
                public void update(long done, long total, String message) {
                    updateProgress(done, Math.max(1, total));
                    if (message != null) updateMessage(message);
                }

                @Override
                public boolean isCancelled() { return FxTask.this.isCancelled(); }
            });
        }

        @Override
        protected void succeeded() {
            activity.finished();
            spec.onSuccess().accept(getValue());
        }

        @Override
        protected void failed() {
            activity.finished();
            spec.onFailure().accept(getException());
        }

        @Override
        protected void cancelled() {
            activity.finished();
            spec.onFailure().accept(new CancellationException("cancelled"));
        }
    }
}
