package org.policygraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Longest-match lookup of known names over a token sequence. Names are stored by their word tokens in lower
 * case; case is checked per name when matching, so "US" (the country) does not match "us", and a capitalised
 * name does not match the same words in lower case, while lower-case names (drugs) match any case.
 */
public final class TokenTrie {
    /** A known name that matched tokens [from, to) of the sequence. */
    public record Match(int from, int to, GazetteerEntry entry, String alias, boolean demonym) {
    }

    private record Terminal(GazetteerEntry entry, String alias, List<Token> aliasTokens, boolean demonym) {
    }

    private static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        List<Terminal> terminals;
    }

    private final Node root = new Node();

    public void add(String alias, GazetteerEntry entry, boolean demonym) {
        List<Token> toks = words(Tokenizer.tokens(alias, 0, alias.length()));
        if (toks.isEmpty()) return;
        Node n = root;
        for (Token t : toks) n = n.next.computeIfAbsent(norm(t), k -> new Node());
        if (n.terminals == null) n.terminals = new ArrayList<>(1);
        for (Terminal t : n.terminals) {
            if (t.alias.equals(alias) && t.entry.name().equals(entry.name())) return;
        }
        n.terminals.add(new Terminal(entry, alias, toks, demonym));
    }

    /** The longest name starting at token {@code i}, or null. */
    public Match longestAt(List<Token> tokens, int i) {
        if (i >= tokens.size() || !isWordLike(tokens.get(i))) return null;
        Node n = root;
        Match best = null;
        List<Token> matched = new ArrayList<>();
        int j = i;
        while (j < tokens.size()) {
            Token t = tokens.get(j);
            if (!isWordLike(t)) {
                if (isJoiner(t) && !matched.isEmpty()) {
                    j++;
                    continue;
                }
                break;
            }
            Node nx = n.next.get(norm(t));
            if (nx == null) break;
            n = nx;
            matched.add(t);
            j++;
            if (n.terminals != null) {
                for (Terminal term : n.terminals) {
                    if (caseFits(term.aliasTokens, matched)) {
                        best = new Match(i, lastWord(tokens, j), term.entry, term.alias, term.demonym);
                        break;
                    }
                }
            }
        }
        return best;
    }

    private static int lastWord(List<Token> tokens, int j) {
        while (j > 0 && !isWordLike(tokens.get(j - 1))) j--;
        return j;
    }

    private static boolean caseFits(List<Token> alias, List<Token> text) {
        // long formal names are recognisable in any case: "the office of the national drug control policy"
        if (alias.size() >= 5 && !alias.get(0).isAllCaps()) return true;
        for (int k = 0; k < alias.size(); k++) {
            Token a = alias.get(k), t = text.get(k);
            if (a.text().equals("&")) continue;
            if (a.isAllCaps() && a.text().length() > 1 && !a.text().chars().allMatch(Character::isDigit)) {
                if (!t.isAllCaps()) return false;
            } else if (Character.isUpperCase(a.text().charAt(0))) {
                if (!Character.isUpperCase(t.text().charAt(0))) return false;
            }
        }
        return true;
    }

    private static List<Token> words(List<Token> toks) {
        List<Token> out = new ArrayList<>();
        for (Token t : toks) if (isWordLike(t)) out.add(t);
        return out;
    }

    private static boolean isWordLike(Token t) {
        return t.isWord() || t.text().equals("&");
    }

    /** Punctuation allowed inside a name: "U.S.", "NTC-C", "FDA's", "AT&T". */
    private static boolean isJoiner(Token t) {
        String s = t.text();
        return s.equals(".") || s.equals("-") || s.equals("–") || s.equals("’") || s.equals("'") || s.equals("/");
    }

    private static String norm(Token t) {
        return t.text().equals("&") ? "and" : t.norm();
    }
}
