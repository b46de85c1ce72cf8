package org.policygraph.io;

import java.io.IOException;

/** A JSON file that is not shaped as expected: the reason and the line it was found on (0 when unknown). */
public class JsonShapeException extends IOException {
    private final String reason;
    private final int line;

    public JsonShapeException(String reason, int line) {
        super(line > 0 ? reason + " at line " + line : reason);
        this.reason = reason;
        this.line = line;
    }

    public String reason() { return reason; }
    public int line() { return line; }
}
