package org.policygraph.ui.canvas;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Callable;

import javafx.application.Platform;

/**
 * Starts the JavaFX toolkit for drawing without a window: on a machine with no display it selects Monocle's
 * headless platform and the software pipeline first (they must be set before the toolkit starts). Used by the
 * headless renderer and the pan benchmark; the desktop app starts the toolkit its own way.
 */
public final class HeadlessToolkit {
    private static boolean startedHere;
    private static boolean running;

    private HeadlessToolkit() {
    }

    /** True when there is no display to talk to (or policygraph.headless=true asks for headless anyway). */
    public static boolean noDisplay() {
        if (Boolean.getBoolean("policygraph.headless")) return true;
        String os = System.getProperty("os.name", "").toLowerCase();
        if (os.contains("win") || os.contains("mac")) return false;
        return blank(System.getenv("DISPLAY")) && blank(System.getenv("WAYLAND_DISPLAY"));
    }

    /** Starts the toolkit unless it runs already; blocks until it does. */
    public static synchronized void ensureStarted() {
        if (running) return;
        if (noDisplay()) {
            setIfAbsent("glass.platform", "Monocle");
            setIfAbsent("monocle.platform", "Headless");
            setIfAbsent("prism.order", "sw");
            setIfAbsent("java.awt.headless", "true");
        }
        CountDownLatch ready = new CountDownLatch(1);
        try {
            Platform.startup(ready::countDown);
            startedHere = true;
            // no window will ever close here; keep the toolkit until shutdownIfStartedHere
            Platform.setImplicitExit(false);
        } catch (IllegalStateException alreadyRunning) {
            // the desktop app (or a test harness) runs it: leave its settings alone
            ready.countDown();
        }
        try {
            if (!ready.await(30, TimeUnit.SECONDS)) throw new IllegalStateException("JavaFX did not start in 30 s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting JavaFX", e);
        }
        running = true;
    }

    /** Stops the toolkit if this class started it (never the desktop app's). It cannot be started again. */
    public static synchronized void shutdownIfStartedHere() {
        if (startedHere && running) {
            Platform.exit();
            running = false;
        }
    }

    /** Runs work on the FX thread and waits for its result; exceptions come back to the caller. */
    public static <T> T onFxThread(Callable<T> work) throws Exception {
        if (Platform.isFxApplicationThread()) return work.call();
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.call());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        try {
            return f.get(5, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception ex) throw ex;
            throw e;
        }
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) System.setProperty(key, value);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
