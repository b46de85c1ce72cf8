package org.policygraph.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Lets writers close their wrapper without closing the caller's stream (stdout). */
public final class NonClosing extends FilterOutputStream {
    public NonClosing(OutputStream out) {
        super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
