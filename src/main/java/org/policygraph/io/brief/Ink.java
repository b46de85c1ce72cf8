package org.policygraph.io.brief;

/** The briefing's palette and the hex-colour parsing the ontology's colours need. */
final class Ink {
    static final float[] TEXT = rgb("#1d2733");
    static final float[] MUTED = rgb("#5f6b78");
    static final float[] FAINT = rgb("#98a2ad");
    static final float[] RULE = rgb("#d5dbe1");
    static final float[] PANEL = rgb("#f3f5f7");
    static final float[] ACCENT = rgb("#1f4e79");
    static final float[] WHITE = {1, 1, 1};

    private Ink() {
    }

    /** "#rrggbb" (or "rrggbb") to 0..1 components; anything unreadable becomes grey. */
    static float[] rgb(String hex) {
        String h = hex == null ? "" : hex.trim().replace("#", "");
        if (h.length() != 6) return new float[] {0.55f, 0.55f, 0.55f};
        try {
            int v = Integer.parseInt(h, 16);
            return new float[] {((v >> 16) & 0xff) / 255f, ((v >> 8) & 0xff) / 255f, (v & 0xff) / 255f};
        } catch (NumberFormatException e) {
            return new float[] {0.55f, 0.55f, 0.55f};
        }
    }

    /** The colour mixed towards white by {@code amount} (0 = unchanged, 1 = white). */
    static float[] lighter(float[] c, float amount) {
        return new float[] {c[0] + (1 - c[0]) * amount, c[1] + (1 - c[1]) * amount, c[2] + (1 - c[2]) * amount};
    }
}
