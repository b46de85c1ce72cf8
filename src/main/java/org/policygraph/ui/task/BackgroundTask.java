package org.policygraph.ui.task;

import java.util.Objects;
import java.util.function.Consumer;

import org.policygraph.model.Progress;

/**
 * One piece of long work: what it does (off the FX thread) and what happens with its result (on the FX thread).
 *
 * @param title     shown in the status bar while it runs
 * @param work      the work; reports through and checks cancellation on the given {@link Progress}
 * @param onSuccess receives the result
 * @param onFailure receives what went wrong (never shown to the user as a stack trace), or a
 *                  {@link java.util.concurrent.CancellationException} when the user cancelled
 */
public record BackgroundTask<T>(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
    /** The work itself. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    public BackgroundTask {
        Objects.requireNonNull(title);
        Objects.requireNonNull(work);
        onSuccess = onSuccess != null ? onSuccess : r -> { };
        onFailure = onFailure != null ? onFailure : e -> { };
    }

    public static <T> BackgroundTask<T> of(String title, Work<T> work, Consumer<T> onSuccess) {
        return new BackgroundTask<>(title, work, onSuccess, null);
    }

    public BackgroundTask<T> onFailure(Consumer<Throwable> handler) {
        return new BackgroundTask<>(title, work, onSuccess, handler);
    }
}
