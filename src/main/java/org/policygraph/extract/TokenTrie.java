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
    public record Match(int from, int to, GazetteerEntry entry, String alias, boolean demonym, String key) {
    }

    /**
     * A name ending at a trie node, with what each of its words asks of the text's case: {@link #ANY},
     * {@link #CAPITALISED} or {@link #ALL_CAPS}, worked out once when the name is added.
     */
    private record Terminal(GazetteerEntry entry, String alias, byte[] caseRules, boolean anyCase, boolean demonym, String key) {
    }

    private static final byte ANY = 0;
    private static final byte CAPITALISED = 1;
    private static final byte ALL_CAPS = 2;

    private static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        List<Terminal> terminals;
    }

    private final Node root = new Node();
    /** One key string per entry, shared by every match (its hash is computed once). */
    private final Map<GazetteerEntry, String> keys = new java.util.IdentityHashMap<>();

    /** The candidate key of a gazetteer entry: "G:" + its name. */
    public static String keyOf(String name) {
        return "G:" + name;
    }

    /** The key string this trie's matches of the entry carry (made when the entry was added), or null. */
    String keyOf(GazetteerEntry entry) {
        return keys.get(entry);
    }

    public void add(String alias, GazetteerEntry entry, boolean demonym) {
        List<Token> toks = words(Tokenizer.tokens(alias, 0, alias.length()));
        if (toks.isEmpty()) return;
        Node n = root;
        for (Token t : toks) n = n.next.computeIfAbsent(norm(t), k -> new Node());
        if (n.terminals == null) n.terminals = new ArrayList<>(1);
        for (Terminal t : n.terminals) {
            if (t.alias.equals(alias) && t.entry.name().equals(entry.name())) return;
        }
        String key = keys.computeIfAbsent(entry, e -> keyOf(e.name()));
        n.terminals.add(new Terminal(entry, alias, caseRules(toks), anyCase(toks), demonym, key));
    }

    /** The longest name starting at token {@code i}, or null. */
    public Match longestAt(List<Token> tokens, int i) {
        if (i >= tokens.size()) return null;
        Token first = tokens.get(i);
        if (!isWordLike(first)) return null;
        Node n = rootNode(first);
        if (n == null) return null;
        Match best = null;
        int j = i;
        while (true) {
            j++;
            if (n.terminals != null) {
                for (Terminal term : n.terminals) {
                    if (caseFits(term, tokens, i)) {
                        best = new Match(i, lastWord(tokens, j), term.entry, term.alias, term.demonym, term.key);
                        break;
                    }
                }
            }
            Node nx = null;
            while (j < tokens.size()) {
                Token t = tokens.get(j);
                if (!isWordLike(t)) {
                    if (isJoiner(t)) {
                        j++;
                        continue;
                    }
                    break;
                }
                nx = n.next.get(norm(t));
                break;
            }
            if (nx == null) break;
            n = nx;
        }
        return best;
    }

    /** Where a word starts in the trie (null: no name starts with it), remembered with the pooled word. */
    private Node rootNode(Token t) {
        Word w = t.word();
        if (w == null) return root.next.get(norm(t));
        if (w.trie != this) {
            w.trieNode = root.next.get(norm(t));
            w.trie = this;
        }
        return (Node) w.trieNode;
    }

    private static int lastWord(List<Token> tokens, int j) {
        while (j > 0 && !isWordLike(tokens.get(j - 1))) j--;
        return j;
    }

    /**
     * Whether the name's words fit the case of the words matched from token {@code from} (the matched words are
     * the word-like tokens from there on: only joiners lie between them).
     */
    private static boolean caseFits(Terminal term, List<Token> tokens, int from) {
        // long formal names are recognisable in any case: "the office of the national drug control policy"
        if (term.anyCase) return true;
        byte[] rules = term.caseRules;
        int p = from;
        for (int k = 0; k < rules.length; k++) {
            if (k > 0) {
                p++;
                while (!isWordLike(tokens.get(p))) p++;
            }
            if (rules[k] == ANY) continue;
            Token t = tokens.get(p);
            if (rules[k] == ALL_CAPS ? !t.isAllCaps() : !Character.isUpperCase(t.text().charAt(0))) return false;
        }
        return true;
    }

    private static boolean anyCase(List<Token> alias) {
        return alias.size() >= 5 && !alias.get(0).isAllCaps();
    }

    private static byte[] caseRules(List<Token> alias) {
        byte[] rules = new byte[alias.size()];
        for (int k = 0; k < alias.size(); k++) {
            String a = alias.get(k).text();
            if (a.equals("&")) rules[k] = ANY;
            else if (alias.get(k).isAllCaps() && a.length() > 1 && !a.chars().allMatch(Character::isDigit)) rules[k] = ALL_CAPS;
            else if (Character.isUpperCase(a.charAt(0))) rules[k] = CAPITALISED;
            else rules[k] = ANY;
        }
        return rules;
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
