package org.policygraph.ingest;

import java.nio.file.Path;

/** Turns the bytes of one file of a given format into paragraphs of text plus any metadata the format states. */
public interface DocumentReader {
    /**
     * @param file    where the bytes came from (for messages and relative context only)
     * @param content the whole file, already size-checked
     * @throws IngestException with a one-line reason when the bytes are not a readable document of this format
     */
    ExtractedText read(Path file, byte[] content) throws IngestException;
}
