package org.policygraph.ui.task;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the background is doing, for the status bar: title, message, progress (-1 = unknown) and whether anything
 * runs. Updated only on the FX thread by the executor; the status bar binds to it.
 */
public final class Activity {
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private Runnable canceller = () -> { };
    private int active;

    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    public boolean isRunning() { return running.get(); }

    /** Cancels the most recently started work that is still running. */
    public void cancel() { canceller.run(); }

    void started(String newTitle, Runnable cancel) {
        active++;
        title.set(newTitle);
        message.set("");
        progress.set(-1);
        canceller = cancel;
        running.set(true);
    }

    void progressed(double fraction, String text) {
        progress.set(fraction);
        if (text != null) message.set(text);
    }

    void finished() {
        active = Math.max(0, active - 1);
        if (active == 0) {
            running.set(false);
            title.set("");
            message.set("");
            progress.set(-1);
            canceller = () -> { };
        }
    }
}
