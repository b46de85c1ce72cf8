package org.policygraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a whole file into memory only after checking that it is a readable regular file within the size limit,
 * and never reads more than the limit even if the file grows meanwhile. Failures are one-line reasons.
 */
public final class BoundedFileReader {
    private final long maxBytes;

    public BoundedFileReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public byte[] read(Path file) throws IngestException {
        try {
            if (Files.isDirectory(file)) throw new IngestException("is a folder, not a file");
            if (!Files.exists(file)) throw new IngestException("no such file");
            if (!Files.isRegularFile(file)) throw new IngestException("not a regular file");
            if (!Files.isReadable(file)) throw new IngestException("cannot be read (permission denied)");
            long size = Files.size(file);
            if (size > maxBytes) throw tooLarge(size);
            try (InputStream in = Files.newInputStream(file)) {
                byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, maxBytes + 1));
                if (b.length > maxBytes) throw tooLarge(Files.size(file));
                return b;
            }
        } catch (AccessDeniedException e) {
            throw new IngestException("cannot be read (permission denied)", e);
        } catch (NoSuchFileException e) {
            throw new IngestException("no such file", e);
        } catch (IOException e) {
            throw new IngestException("cannot be read (" + PdfReader.shortReason(e) + ")", e);
        } catch (OutOfMemoryError e) {
            throw new IngestException("too large to read into memory", e);
        }
    }

    private IngestException tooLarge(long size) {
        return new IngestException("too large (" + megabytes(size) + "; limit " + megabytes(maxBytes) + ")");
    }

    /** Sizes as people read them: "52 MB", "1.5 MB", "640 KB", "240 bytes" (decimal units, like file managers). */
    static String megabytes(long bytes) {
        if (bytes < 1_000) return bytes + " bytes";
        if (bytes < 1_000_000) return Math.round(bytes / 1_000.0) + " KB";
        double mb = bytes / 1_000_000.0;
        return mb >= 10 || mb == Math.rint(mb) ? Math.round(mb) + " MB" : String.format(Locale.ROOT, "%.1f MB", mb);
    }
}
