package org.policygraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits text into word tokens (letters and digits) and single punctuation tokens, keeping offsets. */
public final class Tokenizer {
    private Tokenizer() {
    }

    public static List<Token> tokens(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                int j = i + 1;
                while (j < to && Character.isLetterOrDigit(text.charAt(j))) j++;
                String t = text.substring(i, j);
                out.add(new Token(i, j, t, t.toLowerCase(Locale.ROOT)));
                i = j;
            } else {
                String t = String.valueOf(c);
                out.add(new Token(i, i + 1, t, t));
                i++;
            }
        }
        return out;
    }

    /** Matching key of a name: its word tokens, lower case, joined by single spaces (punctuation dropped). */
    public static String key(String name) {
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens(name, 0, name.length())) {
            if (!t.isWord()) {
                if (t.text().equals("&")) {
                    if (sb.length() > 0) sb.append(' ');
                    sb.append("and");
                }
                continue;
            }
            if (sb.length() > 0) sb.append(' ');
            sb.append(t.norm());
        }
        return sb.toString();
    }
}
