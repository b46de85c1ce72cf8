package org.policygraph.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Normalised keys for entity names, so "the U.S. Drug Enforcement Administration's" finds "Drug Enforcement Administration". */
public final class Names {
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$|['’]s(?=\\s)");
    private static final Pattern PUNCT = Pattern.compile("[^\\p{L}\\p{N} &]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Names() {
    }

    /** Lower case, no accents, no punctuation, no leading "the", no trailing possessive, "U.S." folded to "us". */
    public static String key(String name) {
        if (name == null) return "";
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
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
