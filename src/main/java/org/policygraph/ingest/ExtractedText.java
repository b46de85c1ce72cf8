package org.policygraph.ingest;

/**
 * What a format reader pulls out of one file, before the shared line-level clean-up.
 *
 * @param text  paragraphs, one per line, blank lines allowed between them
 * @param title title stated by the file's own metadata (HTML title, Markdown heading), or null
 * @param date  ISO date (yyyy-MM-dd) stated by the file's metadata, or null
 */
public record ExtractedText(String text, String title, String date) {
    public ExtractedText {
        text = text == null ? "" : text;
    }
}
