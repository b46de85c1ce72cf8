package org.policygraph.io;

/** A file that is not a PolicyGraph graph: "not a PolicyGraph graph: &lt;reason&gt; at line N", with the file name when known. */
public final class GraphFormatException extends JsonShapeException {
    private final String source;

    public GraphFormatException(String source, String reason, int line) {
        super(reason, line);
        this.source = source;
    }

    @Override
    public String getMessage() {
        String where = line() > 0 ? " at line " + line() : "";
        return (source == null ? "" : source + ": ") + "not a PolicyGraph graph: " + reason() + where;
    }
}
