package org.policygraph.model;

import java.util.Objects;

/**
 * One ingested document: clean text with stable character offsets.
 *
 * @param id    unique id inside a graph (the file name, made unique with a suffix when two files share it)
 * @param title title stated by the document, or derived from the file name
 * @param path  where it was read from (absolute path as text)
 * @param date  ISO-8601 date (yyyy-MM-dd) when stated, else null
 * @param text  clean text; every offset in mentions and evidence points into it
 */
public record Document(String id, String title, String path, String date, String text) {
    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        title = title == null || title.isBlank() ? id : title;
    }

    /** The same document under another id (used to keep ids unique). */
    public Document withId(String newId) {
        return new Document(newId, title, path, date, text);
    }
}
