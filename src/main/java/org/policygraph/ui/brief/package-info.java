/**
 * Briefings: project files in the window (open, save, autosave, bundles), saved views with thumbnails and
 * step-by-step reveal, presenter mode, and exports of a view (PNG, SVG) or the whole story (PDF deck).
 */
package org.policygraph.ui.brief;
