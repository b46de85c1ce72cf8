/**
 * ViewModels and the pure logic behind the explorer: filters, the visible graph, selection history, details,
 * paths and question presets, loading. No {@code javafx.scene} Node here, so all of it is tested without the toolkit.
 */
package org.policygraph.ui.state;
