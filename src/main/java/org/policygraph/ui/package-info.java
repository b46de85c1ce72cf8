/** The JavaFX desktop app: shell, graph view (SmartGraph adapter and canvas overview), panels, presenter. */
package org.policygraph.ui;
