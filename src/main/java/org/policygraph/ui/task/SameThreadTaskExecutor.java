package org.policygraph.ui.task;

import org.policygraph.model.Progress;

/** Runs every task at once on the caller's thread: deterministic ViewModel tests with no FX thread. */
public final class SameThreadTaskExecutor implements TaskExecutor {
    private final Activity activity = new Activity();

    @Override
    public Cancellable submit(BackgroundTask<?> task) {
        run(task);
        return () -> { };
    }

    private <T> void run(BackgroundTask<T> task) {
        T result;
        try {
            result = task.work().run(Progress.NONE);
        } catch (Exception | StackOverflowError e) {
            task.onFailure().accept(e);
            return;
        }
        task.onSuccess().accept(result);
    }

    @Override
    public Activity activity() { return activity; }
}
