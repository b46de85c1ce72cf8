package org.policygraph.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small indenting XML writer for the GraphML and GEXF exports. Hand-written rather than a StAX writer so
 * the output is byte-for-byte the same on every JVM (golden-file tests) and so characters XML 1.0 forbids
 * (control bytes from PDF text) are dropped instead of making the file unreadable.
 */
final class XmlWriter implements AutoCloseable {
    private static final String INDENT = "  ";
    private final Writer w;
    private final Deque<String> open = new ArrayDeque<>();
    private boolean startTagOpen;
    private boolean hasChildren;
    private boolean inlineText;

    XmlWriter(OutputStream out) throws IOException {
        this.w = new BufferedWriter(new OutputStreamWriter(new NonClosing(out), StandardCharsets.UTF_8));
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    }

    /** Opens an element; attributes follow with {@link #attr}. */
    XmlWriter start(String name) throws IOException {
        closeStartTag();
        newline(open.size());
        w.write('<');
        w.write(name);
        open.push(name);
        startTagOpen = true;
        hasChildren = false;
        return this;
    }

    XmlWriter attr(String name, Object value) throws IOException {
        if (value == null) return this;
        if (!startTagOpen) throw new IllegalStateException("attribute " + name + " outside a start tag");
        w.write(' ');
        w.write(name);
        w.write("=\"");
        escape(String.valueOf(value), true);
        w.write('"');
        return this;
    }

    /** Text content of the open element; the element then closes on the same line. */
    XmlWriter text(String text) throws IOException {
        closeStartTag();
        escape(text == null ? "" : text, false);
        inlineText = true;
        return this;
    }

    XmlWriter end() throws IOException {
        String name = open.pop();
        if (startTagOpen) {
            w.write("/>");
            startTagOpen = false;
        } else if (inlineText) {
            inlineText = false;
            w.write("</");
            w.write(name);
            w.write('>');
        } else {
            if (hasChildren) newline(open.size());
            w.write("</");
            w.write(name);
            w.write('>');
        }
        hasChildren = true;
        return this;
    }

    private void closeStartTag() throws IOException {
        if (startTagOpen) {
            w.write('>');
            startTagOpen = false;
        }
    }

    private void newline(int depth) throws IOException {
        if (open.isEmpty() && depth == 0 && !hasChildren && !startTagOpen) {
            // first element of the document: the declaration already ended the line
            return;
        }
        w.write('\n');
        for (int i = 0; i < depth; i++) w.write(INDENT);
    }

    private void escape(String s, boolean attribute) throws IOException {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> w.write("&amp;");
                case '<' -> w.write("&lt;");
                case '>' -> w.write("&gt;");
                case '"' -> w.write(attribute ? "&quot;" : "\"");
                // attribute values are whitespace-normalised by parsers: keep line breaks and tabs as references
                case '\n' -> w.write(attribute ? "&#10;" : "\n");
                case '\r' -> w.write("&#13;");
                case '\t' -> w.write(attribute ? "&#9;" : "\t");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        w.write(c);
                        w.write(s.charAt(++i));
                    } else if (allowed(c)) {
                        w.write(c);
                    }
                    // else: a character XML 1.0 cannot carry at all; dropped
                }
            }
        }
    }

    private static boolean allowed(char c) {
        return c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD;
    }

    @Override
    public void close() throws IOException {
        while (!open.isEmpty()) end();
        w.write('\n');
        w.close();
    }
}
