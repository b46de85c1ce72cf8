package org.policygraph.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The document formats ingest understands, recognised by file extension. */
public enum FileFormat {
    PLAIN_TEXT("txt", "text"),
    MARKDOWN("md", "markdown"),
    HTML("html", "htm", "xhtml"),
    PDF("pdf");

    private final List<String> extensions;

    FileFormat(String... extensions) {
        this.extensions = List.of(extensions);
    }

    public List<String> extensions() {
        return extensions;
    }

    /** The format of a file by its extension (case-insensitive), or empty when unsupported. */
    public static Optional<FileFormat> of(Path file) {
        String ext = extension(file);
        for (FileFormat f : values()) {
            if (f.extensions.contains(ext)) return Optional.of(f);
        }
        return Optional.empty();
    }

    /** Lower-case extension without the dot, or "" when the name has none. */
    static String extension(Path file) {
        Path name = file.getFileName();
        if (name == null) return "";
        String s = name.toString();
        int dot = s.lastIndexOf('.');
        return dot <= 0 ? "" : s.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
