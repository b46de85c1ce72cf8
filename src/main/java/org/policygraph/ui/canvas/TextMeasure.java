package org.policygraph.ui.canvas;

import java.util.HashMap;
import java.util.Map;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** Widths of strings in a font, measured once with a scratch {@link Text} node (FX thread only). */
final class TextMeasure {
    private final Text scratch = new Text();
    private final Map<Font, Map<String, Double>> widths = new HashMap<>();

    double width(String s, Font font) {
        return widths.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(s, k -> {
            scratch.setFont(font);
            scratch.setText(k);
            return scratch.getLayoutBounds().getWidth();
        });
    }
}
