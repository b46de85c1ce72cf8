package org.policygraph.ui.brief;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/**
 * How project files talk to the user: a message, a yes/no question, a folder to look in. The window uses dialogs;
 * tests swap in answers (native choosers cannot be driven headless).
 */
public interface Messages {
    /** A one-line problem (corrupted file, newer version...); never blocks. */
    void problem(String title, String text);

    boolean confirm(String title, String text);

    /** A folder the user points at, or empty when they cancel. */
    Optional<Path> folder(String title);

    /** Dialogs owned by the window: problems as a non-blocking alert with id "project-message". */
    static Messages dialogs(java.util.function.Supplier<Window> owner) {
        return new Messages() {
            @Override
            public void problem(String title, String text) {
                Alert a = new Alert(Alert.AlertType.ERROR, text, ButtonType.OK);
                a.setTitle(title);
                a.setHeaderText(title);
                a.getDialogPane().setId("project-message");
                if (owner.get() != null) a.initOwner(owner.get());
                a.show();
            }

            @Override
            public boolean confirm(String title, String text) {
                Alert a = new Alert(Alert.AlertType.CONFIRMATION, text, ButtonType.YES, ButtonType.NO);
                a.setTitle(title);
                a.setHeaderText(title);
                if (owner.get() != null) a.initOwner(owner.get());
                return a.showAndWait().filter(b -> b == ButtonType.YES).isPresent();
            }

            @Override
            public Optional<Path> folder(String title) {
                DirectoryChooser c = new DirectoryChooser();
                c.setTitle(title);
                File f = c.showDialog(owner.get());
                return Optional.ofNullable(f).map(File::toPath);
            }
        };
    }
}
