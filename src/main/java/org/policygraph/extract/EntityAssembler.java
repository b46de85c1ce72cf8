package org.policygraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.policygraph.model.Mention;

/** Turns the accepted mentions of one document into entities: one per key group, with label, type and aliases. */
final class EntityAssembler {

    List<FoundEntity> assemble(String docId, List<Candidate> accepted, KeyUnion union) {
        Map<String, List<Candidate>> groups = new LinkedHashMap<>();
        for (Candidate c : accepted) groups.computeIfAbsent(union.find(c.key), k -> new ArrayList<>()).add(c);
        List<FoundEntity> out = new ArrayList<>();
        for (Map.Entry<String, List<Candidate>> g : groups.entrySet()) {
            List<Candidate> cs = g.getValue();
            GazetteerEntry entry = mostCommonEntry(cs);
            String type = entry != null ? entry.type() : type(cs);
            String label = entry != null ? entry.name() : label(cs);
            Set<String> aliases = new LinkedHashSet<>();
            if (entry != null) aliases.addAll(entry.aliases());
            for (Candidate c : cs) {
                if (c.demonym) continue;
                String surface = clean(c.text);
                if (!surface.isEmpty()) aliases.add(surface);
                if (c.label != null && c.entry == null) aliases.add(c.label);
            }
            aliases.remove(label);
            List<Mention> mentions = new ArrayList<>();
            cs.sort(Comparator.comparingInt(c -> c.start));
            for (Candidate c : cs) mentions.add(new Mention(docId, c.start, c.end, c.text));
            out.add(new FoundEntity(g.getKey(), label, type, aliases, mentions));
        }
        return out;
    }

    /** The entry most mentions matched; on a tie, the one that reached that count first (deterministic). */
    private static GazetteerEntry mostCommonEntry(List<Candidate> cs) {
        GazetteerEntry only = null;
        boolean several = false;
        for (Candidate c : cs) {
            if (c.entry == null) continue;
            if (only == null) only = c.entry;
            else if (c.entry != only) several = true;
        }
        if (!several) return only;
        Map<GazetteerEntry, Integer> n = new java.util.IdentityHashMap<>();
        GazetteerEntry best = null;
        int bestCount = 0;
        for (Candidate c : cs) {
            if (c.entry == null) continue;
            int k = n.merge(c.entry, 1, Integer::sum);
            if (k > bestCount) {
                best = c.entry;
                bestCount = k;
            }
        }
        return best;
    }

    private static String type(List<Candidate> cs) {
        Map<String, Integer> score = new HashMap<>();
        for (Candidate c : cs) score.merge(c.type, c.priority, Integer::sum);
        return score.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(cs.get(0).type);
    }

    /** The longest name that is not an acronym; acronyms only when nothing else is known. */
    private static String label(List<Candidate> cs) {
        String best = null;
        for (Candidate c : cs) {
            String l = c.label != null ? c.label : c.text;
            boolean acronym = l.equals(l.toUpperCase()) && !l.contains(" ");
            if (acronym) continue;
            if (best == null || l.length() > best.length()) best = l;
        }
        if (best == null) best = cs.get(0).label != null ? cs.get(0).label : cs.get(0).text;
        return clean(best);
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("[’']s?$");

    static String clean(String s) {
        String t = s.strip();
        if (t.indexOf('\n') >= 0 || t.indexOf("  ") >= 0 || t.indexOf('\t') >= 0) t = SPACES.matcher(t).replaceAll(" ");
        if (t.startsWith("the ") || t.startsWith("The ")) t = t.substring(4);
        if (t.endsWith("'") || t.endsWith("’") || t.endsWith("'s") || t.endsWith("’s")) t = POSSESSIVE.matcher(t).replaceAll("").strip();
        return t;
    }
}
