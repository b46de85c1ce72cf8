package org.policygraph.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.policygraph.model.Document;
import org.policygraph.model.Problem;

/**
 * Entry point of ingest: expands folders into supported files and reads each file into a {@link Document}.
 * PLACEHOLDER implementation (plain UTF-8 text only) until the ingest work lands.
 */
public class Ingestor {

    /** Supported files under the given paths (folders walked recursively, sorted); problems reported, not thrown. */
    public List<Path> expand(List<Path> paths, Consumer<Problem> problems) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (var s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).sorted().forEach(out::add);
                } catch (IOException e) {
                    problems.accept(new Problem(p.toString(), "folder cannot be read"));
                }
            } else if (Files.exists(p)) {
                out.add(p);
            } else {
                problems.accept(new Problem(p.toString(), "no such file or folder"));
            }
        }
        return out;
    }

    /** Reads one file; the exception message is the one-line reason for the user. */
    public Document read(Path file) throws IngestException {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (text.isBlank()) throw new IngestException("empty file");
            return new Document(file.getFileName().toString(), null, file.toAbsolutePath().toString(), null, text);
        } catch (IOException e) {
            throw new IngestException("cannot be read: " + e.getMessage(), e);
        }
    }
}
