package org.policygraph.io.project;

/** A document of a project whose original file is no longer where it was; the UI asks where it went. */
public record MissingDocument(String id, String title, String path, String sha256) {
}
