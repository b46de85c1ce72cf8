package org.policygraph.ui.task;

/**
 * Runs {@link BackgroundTask}s. The app uses {@link FxTaskExecutor} (worker threads, results on the FX thread);
 * ViewModel tests use {@link SameThreadTaskExecutor} so they need no toolkit.
 */
public interface TaskExecutor {
    /** Starts the task and returns a handle that cancels it. */
    Cancellable submit(BackgroundTask<?> task);

    /** What runs now, for the status bar. */
    Activity activity();

    /** Cancels running work. */
    @FunctionalInterface
    interface Cancellable {
        void cancel();
    }
}
