/**
 * Files to clean text with stable offsets: txt, md, html, pdf and folders. No JavaFX.
 *
 * <p>{@link org.policygraph.ingest.Ingestor} checks a file (exists, readable, within the size limit), hands its
 * bytes to the {@link org.policygraph.ingest.DocumentReader} for its {@link org.policygraph.ingest.FileFormat}
 * (which decodes, strips markup or layout and yields one paragraph per line), then drops page clutter line by line
 * ({@link org.policygraph.ingest.BoilerplateLineFilter}) and joins the paragraphs with blank lines. That text is
 * final: every offset downstream points into it.
 */
package org.policygraph.ingest;
