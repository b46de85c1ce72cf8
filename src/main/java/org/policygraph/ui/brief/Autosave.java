package org.policygraph.ui.brief;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

import org.policygraph.io.project.AutosaveStore;
import org.policygraph.io.project.LoadedProject;
import org.policygraph.io.project.Project;
import org.policygraph.ui.task.BackgroundTask;
import org.policygraph.ui.task.TaskExecutor;

/**
 * Saves unsaved work every minute to the recovery folder ({@code policygraph.home}/recovery, by default
 * ~/.policygraph/recovery) and offers it back on the next start. A normal save or a clean exit discards it.
 */
public final class Autosave {
    public static final Duration INTERVAL_DEFAULT = Duration.minutes(1);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM HH:mm").withZone(ZoneId.systemDefault());
    private final ProjectFiles projects;
    private final TaskExecutor tasks;
    private final AutosaveStore store;
    private Timeline timer;
    private int savedChanges;

    public Autosave(ProjectFiles projects, TaskExecutor tasks, Path recoveryDir) {
        this.projects = projects;
        this.tasks = tasks;
        this.store = new AutosaveStore(recoveryDir);
        projects.onSaved(f -> {
            discardQuietly(f);
            discardQuietly(null); // the copy kept while it was still untitled
        });
    }

    /** ~/.policygraph/recovery, or the folder named by the system property policygraph.home (tests). */
    public static Path defaultDirectory() {
        String home = System.getProperty("policygraph.home");
        Path base = home != null ? Path.of(home) : Path.of(System.getProperty("user.home"), ".policygraph");
        return base.resolve("recovery");
    }

    public AutosaveStore store() { return store; }

    public void start() {
        if (timer != null) return;
        timer = new Timeline(new KeyFrame(INTERVAL_DEFAULT, e -> saveNow()));
        timer.setCycleCount(Timeline.INDEFINITE);
        timer.play();
    }

    public void stop() {
        if (timer != null) timer.stop();
        timer = null;
    }

    /** Writes the recovery copy if anything changed since the last one; the snapshot is taken on the FX thread. */
    public void saveNow() {
        if (!projects.isDirty() || projects.changes() == savedChanges) return;
        Project p = projects.snapshot();
        Path original = projects.file();
        int at = projects.changes();
        tasks.submit(new BackgroundTask<>("Autosaving", x -> store.save(p, original),
                done -> savedChanges = at, e -> { }));
    }

    /** A clean exit: the recovery copy is not needed. */
    public void cleanExit() {
        stop();
        discardQuietly(projects.file());
    }

    /** On start: if a recovery file exists, asks whether to bring it back (declining deletes it). */
    public void offerRecovery(Messages messages) {
        List<AutosaveStore.Recovery> found;
        try {
            found = store.findRecovery();
        } catch (IOException e) {
            return;
        }
        if (found.isEmpty()) return;
        AutosaveStore.Recovery r = found.get(0);
        String of = r.original() == null ? "an untitled project" : r.original().getFileName().toString();
        if (!messages.confirm("Recover unsaved work?", "PolicyGraph was closed with unsaved changes to " + of
                + " (autosaved " + TIME.format(r.savedAt()) + "). Recover them?")) {
            try {
                Files.deleteIfExists(r.file());
            } catch (IOException ignored) {
                // a recovery file we cannot delete is offered again next time, which is harmless
            }
            return;
        }
        try {
            LoadedProject loaded = store.open(r);
            projects.applyRecovered(loaded.project(), r.original());
        } catch (IOException e) {
            messages.problem("Cannot recover", e.getMessage());
        }
    }

    private void discardQuietly(Path f) {
        try {
            store.discard(f);
        } catch (IOException ignored) {
            // leaving a stale recovery copy only means it is offered once more
        }
    }
}
