/** JavaFX views of the explorer: shell, graph (SmartGraph adapter), sidebar, details, document viewer, status. */
package org.policygraph.ui.view;
