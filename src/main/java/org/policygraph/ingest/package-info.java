/** Files to clean text with stable offsets: txt, md, html, pdf and folders; encodings and page clutter. No JavaFX. */
package org.policygraph.ingest;
