package org.policygraph.io.project;

import java.io.IOException;

/** A project or bundle that cannot be opened or written: one line naming the file and the reason. */
public class ProjectException extends IOException {
    private final boolean newerVersion;

    public ProjectException(String message) {
        this(message, false);
    }

    public ProjectException(String message, boolean newerVersion) {
        super(message);
        this.newerVersion = newerVersion;
    }

    /** True when the file was written by a newer PolicyGraph: the UI must not offer to overwrite it. */
    public boolean newerVersion() { return newerVersion; }
}
