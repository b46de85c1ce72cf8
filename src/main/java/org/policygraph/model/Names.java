package org.policygraph.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Normalised keys for entity names, so "the U.S. Drug Enforcement Administration's" finds "Drug Enforcement Administration". */
public final class Names {
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$|['’]s(?=\\s)");
    private static final Pattern PUNCT = Pattern.compile("[^\\p{L}\\p{N} &]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Names() {
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) > 127) return false;
        return true;
    }

    /** Lower case, no accents, no punctuation, no leading "the", no trailing possessive, "U.S." folded to "us". */
    public static String key(String name) {
        if (name == null) return "";
        String s = name;
        if (!isAscii(s)) s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        s = s.toLowerCase(Locale.ROOT);
        if (s.indexOf('.') >= 0) s = s.replace("u.s.", "us ").replace("u.k.", "uk ");
        String t = s.strip();
        int n = t.length();
        StringBuilder b = new StringBuilder(n);
        boolean space = false;
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (c == '\'' || c == '’') {
                // possessive: "'s" before a space or the end, or a bare apostrophe at the end, vanishes
                if (i + 1 < n && t.charAt(i + 1) == 's' && (i + 2 == n || Character.isWhitespace(t.charAt(i + 2)))) {
                    i++;
                    continue;
                }
                if (i + 1 == n) continue;
            }
            if (Character.isLetterOrDigit(c)) {
                if (space && b.length() > 0) b.append(' ');
                space = false;
                b.append(c);
            } else {
                space = true;
            }
        }
        String k = b.toString();
        if (k.startsWith("the ")) k = k.substring(4);
        if (k.indexOf(" and ") >= 0) k = k.replace(" and ", " ");
        if (k.indexOf(" of the ") >= 0) k = k.replace(" of the ", " of ");
        return k;
    }

    /** The original regex-based key, kept for the equivalence test. */
    static String keyByRegex(String name) {
        if (name == null) return "";
        String s = name;
        if (!isAscii(s)) s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        s = s.toLowerCase(Locale.ROOT).replace('’', '\'').replace("u.s.", "us ").replace("u.k.", "uk ");
        s = POSSESSIVE.matcher(s.trim()).replaceAll("");
        s = s.replace('&', ' ').replace("-", " ").replace("–", " ");
        s = PUNCT.matcher(s).replaceAll(" ");
        s = SPACES.matcher(s).replaceAll(" ").trim();
        if (s.startsWith("the ")) s = s.substring(4);
        s = s.replace(" and ", " ").replace(" of the ", " of ");
        return s;
    }

    /** The key without a national prefix ("us", "united states"), when enough words remain to stay specific. */
    public static String keyWithoutCountryPrefix(String name) {
        String k = key(name);
        for (String p : new String[] {"us ", "united states ", "usa ", "american "}) {
            if (k.startsWith(p)) {
                String rest = k.substring(p.length());
                if (rest.indexOf(' ') > 0) return rest;
            }
        }
        return k;
    }
}
