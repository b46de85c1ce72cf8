package org.policygraph.ui.canvas;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/** The few fonts of the picture, created once. */
final class Fonts {
    static final String FAMILY = "System";
    static final Font TITLE = Font.font(FAMILY, FontWeight.BOLD, 22);
    static final Font SUBTITLE = Font.font(FAMILY, FontWeight.NORMAL, 13);
    static final Font LEGEND_HEADER = Font.font(FAMILY, FontWeight.BOLD, 12);
    static final Font LEGEND = Font.font(FAMILY, FontWeight.NORMAL, 12);
    private static final Font[] LABEL = new Font[8];
    private static final Font[] LABEL_BOLD = new Font[8];

    private Fonts() {
    }

    /** Label font for a size weight 0..1: 11 to 16 px, bold for the heavier nodes. */
    static Font label(double weight, boolean emphasis) {
        int step = (int) Math.round(Math.max(0, Math.min(1, weight)) * 5);
        boolean bold = emphasis || weight >= 0.4;
        Font[] cache = bold ? LABEL_BOLD : LABEL;
        if (cache[step] == null) {
            cache[step] = Font.font(FAMILY, bold ? FontWeight.BOLD : FontWeight.NORMAL, 11 + step);
        }
        return cache[step];
    }
}
