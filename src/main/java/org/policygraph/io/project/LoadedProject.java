package org.policygraph.io.project;

import java.nio.file.Path;
import java.util.List;

/**
 * A project as opened from a file, with what changed around it since it was saved.
 *
 * @param missing          documents whose original file no longer exists (the graph still has their text)
 * @param changedDocuments ids of documents whose original file exists but no longer has the saved hash
 */
public record LoadedProject(Project project, Path file, List<MissingDocument> missing, List<String> changedDocuments) {
    public LoadedProject {
        missing = List.copyOf(missing);
        changedDocuments = List.copyOf(changedDocuments);
    }
}
