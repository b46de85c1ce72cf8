/** Background work for the UI: a small executor over javafx.concurrent that tests replace with a same-thread one. */
package org.policygraph.ui.task;
