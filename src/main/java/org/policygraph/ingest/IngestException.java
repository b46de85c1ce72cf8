package org.policygraph.ingest;

/** A file that cannot be read as a document. The message is a one-line reason fit to show a user. */
public class IngestException extends Exception {
    public IngestException(String reason) {
        super(reason);
    }

    public IngestException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
