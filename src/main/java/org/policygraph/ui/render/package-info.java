/** Drawing graphs to image files without a window: the JavaFX {@code ImageRenderer} the CLI is handed. */
package org.policygraph.ui.render;
