package org.policygraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Acronym definitions in either order, "Name (ACR)" and "ACR (Name)", tie the acronym to the name's entity
 * for the rest of the document; later bare uses of the acronym become mentions of it. A name whose initials
 * spell the acronym is found even when no other rule knew it. Titles ("Special Agent in Charge (SAC)") are
 * recognised and kept out of the graph.
 */
final class AcronymRules {
    private static final Pattern NAME_ACR = Pattern.compile("\\(\\s*([A-Z][A-Za-z0-9&.\\-–]{1,11})\\s*\\)");
    private static final Pattern ACR_NAME = Pattern.compile("\\b([A-Z][A-Z0-9&\\-]{1,10})\\s*\\(([A-Z][^()]{4,120})\\)");
    private static final Set<String> SKIP = Set.of("of", "and", "the", "for", "on", "in", "to", "&", "-", "–", "’", "'", "s", "de", "la", "del");

    /** What a document defines: acronym → entity key (or null when the acronym is a title to ignore). */
    static final class Definitions {
        final Map<String, Candidate> byAcronym = new HashMap<>();
        final Set<String> ignored = new HashSet<>();
    }

    private static final Pattern ROMAN = Pattern.compile("[IVXLC]+");
    private final Lexicon lex;

    AcronymRules(Lexicon lex) {
        this.lex = lex;
    }

    void define(String doc, Sentence s, List<Token> toks, List<Candidate> cands, Definitions defs) {
        if (s.text().indexOf('(') < 0) return;
        Matcher m = NAME_ACR.matcher(s.text());
        while (m.find()) {
            String acr = m.group(1);
            if (!isAcronym(acr)) continue;
            int parenStart = s.start() + m.start();
            int acrStart = s.start() + m.start(1);
            Candidate name = candidateEndingAt(doc, cands, parenStart);
            if (name == null) name = nameByInitials(doc, toks, parenStart, acr);
            if (name == null) continue;
            if (name.type == null) {
                defs.ignored.add(acr);
                continue;
            }
            if (knownAsSomethingElse(cands, acrStart, acrStart + acr.length(), name)) continue;
            if (!cands.contains(name)) cands.add(name);
            Candidate a = new Candidate(acrStart, acrStart + acr.length(), acr, name.type, name.key, name.label, Candidate.STRONG + 1, name.entry, false);
            cands.add(a);
            defs.byAcronym.putIfAbsent(acr, a);
        }
        Matcher b = ACR_NAME.matcher(s.text());
        while (b.find()) {
            String acr = b.group(1);
            if (!isAcronym(acr)) continue;
            int nameStart = s.start() + b.start(2);
            int nameEnd = s.start() + b.end(2);
            Candidate name = null;
            for (Candidate c : cands) {
                if (c.start == nameStart && c.end == nameEnd) name = c;
            }
            int acrStart = s.start() + b.start(1);
            Candidate acrCand = null;
            for (Candidate c : cands) {
                if (c.start == acrStart && c.end == acrStart + acr.length()) acrCand = c;
            }
            if (name == null && initialsMatch(Tokenizer.tokens(doc, nameStart, nameEnd), acr)) {
                String label = doc.substring(nameStart, nameEnd).strip();
                String type = acrCand != null ? acrCand.type : typeOfName(label);
                if (type == null) continue;
                name = Candidate.rule(doc, nameStart, nameEnd, type, label, Candidate.STRONG);
                if (acrCand != null) name.key = acrCand.key;
                cands.add(name);
            }
            if (name == null) continue;
            if (acrCand == null) {
                acrCand = new Candidate(acrStart, acrStart + acr.length(), acr, name.type, name.key, name.label, Candidate.STRONG + 1, name.entry, false);
                cands.add(acrCand);
            } else if (!acrCand.key.equals(name.key)) {
                name.key = acrCand.key;
            }
            defs.byAcronym.putIfAbsent(acr, acrCand);
        }
    }

    /** "Immigration and Customs Enforcement (ICE-HSI)": the parenthesis names a different known body. */
    private static boolean knownAsSomethingElse(List<Candidate> cands, int start, int end, Candidate name) {
        for (Candidate c : cands) {
            if (c.start == start && c.end == end && c.entry != null && c.entry != name.entry) return true;
        }
        return false;
    }

    private static boolean isAcronym(String a) {
        int upper = 0;
        for (char c : a.toCharArray()) if (Character.isUpperCase(c)) upper++;
        return upper >= 2 && !ROMAN.matcher(a).matches() && !Character.isDigit(a.charAt(0));
    }

    private static Candidate candidateEndingAt(String doc, List<Candidate> cands, int paren) {
        Candidate best = null;
        for (Candidate c : cands) {
            if (c.end <= paren && doc.substring(c.end, paren).isBlank() && (best == null || c.length() > best.length())) best = c;
        }
        return best;
    }

    /** The shortest run of words before the parenthesis whose initials spell the acronym. */
    private Candidate nameByInitials(String doc, List<Token> toks, int paren, String acr) {
        int head = -1;
        for (int i = toks.size() - 1; i >= 0; i--) {
            if (toks.get(i).end() <= paren && toks.get(i).isWord()) {
                head = i;
                break;
            }
        }
        if (head < 0) return null;
        for (int from = head; from >= Math.max(0, head - 12); from--) {
            Token f = toks.get(from);
            if (!f.isWord() || !Character.isUpperCase(f.text().charAt(0))) continue;
            List<Token> span = toks.subList(from, head + 1);
            if (!initialsMatch(span, acr)) continue;
            int start = f.start();
            int end = toks.get(head).end();
            String label = doc.substring(start, end);
            String type = typeOfName(label);
            Candidate c = Candidate.rule(doc, start, end, type == null ? EntityTypes.AGENCY : type, label, Candidate.STRONG);
            return type == null ? new Candidate(start, end, label, null, c.key, label, 0, null, false) : c;
        }
        return null;
    }

    static boolean initialsMatch(List<Token> span, String acr) {
        String want = acr.replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT);
        if (acr.endsWith("s") && !acr.endsWith("SS")) want = want.substring(0, want.length() - 1);
        return want.equals(initials(span, false)) || want.equals(initials(span, true));
    }

    private static String initials(List<Token> span, boolean withConnectors) {
        StringBuilder sb = new StringBuilder();
        for (Token t : span) {
            if (!t.isWord()) continue;
            if (SKIP.contains(t.text())) {
                if (withConnectors && t.text().length() > 1) sb.append(Character.toUpperCase(t.text().charAt(0)));
                continue;
            }
            if (t.isAllCaps() && t.text().length() > 1) sb.append(t.text().replaceAll("[^A-Z]", ""));
            else if (Character.isUpperCase(t.text().charAt(0))) sb.append(t.text().charAt(0));
            else return "";
        }
        return sb.toString();
    }

    /** The type a name's last word suggests, or null for titles, plurals and other non-entities. */
    String typeOfName(String label) {
        String[] words = label.replaceAll("[^\\p{L}\\p{N}' -]", " ").trim().split("\\s+");
        if (words.length == 0) return null;
        String last = words[words.length - 1];
        for (String w : words) {
            if (lex.titleWords.contains(w) && !lex.agencyHeads.contains(w) && !w.equals("General")) return null;
        }
        if (last.endsWith("s") && !lex.agencyHeads.contains(last) && !last.endsWith("ss") && !last.equals("Affairs")
                && !last.equals("Operations") && !last.equals("Narcotics") && !last.equals("Investigations") && !last.equals("Services")) {
            return null;
        }
        for (String w : words) {
            if (lex.lawHeads.contains(w)) return EntityTypes.LAW;
        }
        for (String w : words) {
            if (w.equalsIgnoreCase("Cartel") || lex.orgHeads.contains(w)) return EntityTypes.ORGANIZATION;
        }
        for (String w : words) {
            if (lex.agencyHeads.contains(w) || w.equals("Enforcement") || w.equals("Investigations") || w.equals("Operations")
                    || w.equals("Intelligence") || w.equals("Targeting") || w.equals("Cargo")) return EntityTypes.AGENCY;
        }
        if (words[0].equals("Operation")) return EntityTypes.OPERATION;
        return null;
    }

    /** Later bare uses of defined acronyms become mentions (unless something longer already covers them). */
    void laterUses(String doc, List<Token> toks, Definitions defs, List<Candidate> out) {
        if (defs.byAcronym.isEmpty()) return;
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (!t.isAllCaps()) continue;
            // acronyms may contain hyphens: NTC-C
            String text = t.text();
            int end = t.end();
            if (i + 2 < toks.size() && toks.get(i + 1).text().equals("-") && toks.get(i + 1).start() == end
                    && toks.get(i + 2).start() == end + 1 && toks.get(i + 2).isAllCaps()) {
                String joined = text + "-" + toks.get(i + 2).text();
                if (defs.byAcronym.containsKey(joined)) {
                    text = joined;
                    end = toks.get(i + 2).end();
                }
            }
            Candidate def = defs.byAcronym.get(text);
            if (def == null) {
                if (text.endsWith("S") || !defs.byAcronym.containsKey(text + "s")) continue;
                def = defs.byAcronym.get(text + "s");
            }
            out.add(new Candidate(t.start(), end, text, def.type, def.key, def.label, Candidate.STRONG + 1, def.entry, false));
        }
    }

    static List<Candidate> without(List<Candidate> cands, Set<String> ignoredAcronyms) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : cands) {
            if (c.type == null || ignoredAcronyms.contains(c.text)) continue;
            out.add(c);
        }
        return out;
    }
}
