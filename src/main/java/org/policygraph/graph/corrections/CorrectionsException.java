package org.policygraph.graph.corrections;

/** A corrections or gazetteer file the user wrote cannot be read; the message is one line naming file and problem. */
public class CorrectionsException extends Exception {
    public CorrectionsException(String message) {
        super(message);
    }

    public CorrectionsException(String message, Throwable cause) {
        super(message, cause);
    }
}
