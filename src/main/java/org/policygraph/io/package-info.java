/** Graph exports (JSON, GraphML, GEXF, CSV), project files and atomic writes. No JavaFX. */
package org.policygraph.io;
