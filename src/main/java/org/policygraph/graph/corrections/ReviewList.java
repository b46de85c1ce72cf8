package org.policygraph.graph.corrections;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.model.Entity;
import org.policygraph.model.Names;
import org.policygraph.model.Relation;

/**
 * Ranks likely extraction errors so a user can walk through them quickly: near-duplicate names (acronyms,
 * small spelling differences, one name inside another), types unlike those of entities sharing the head word
 * ("Sinaloa Cartel" an AGENCY when other cartels are ORGANIZATION), entities and edges without evidence, and
 * singletons. Pairs are only compared within blocks sharing a word, so big graphs stay fast. Run off the FX thread.
 */
public final class ReviewList {
    /** Names at least this similar (1 - edit distance / length) are offered as duplicates. */
    public static final double SIMILARITY_DEFAULT = 0.85;
    /** Words shared by more entities than this are too common to pair on ("department"). */
    public static final int BLOCK_LIMIT_DEFAULT = 40;
    /** A head word needs this many entities before its majority type counts. */
    public static final int HEAD_QUORUM_DEFAULT = 3;

    private static final Set<String> SMALL_WORDS = Set.of("of", "the", "and", "for", "on", "in", "to", "a", "an", "de", "del", "la");

    private ReviewList() {
    }

    public static List<ReviewItem> rank(KnowledgeGraph g) {
        List<ReviewItem> items = new ArrayList<>();
        nearDuplicates(g, items);
        typeConflicts(g, items);
        unsupported(g, items);
        items.sort(Comparator.comparingDouble(ReviewItem::score).reversed().thenComparing(ReviewItem::reason));
        return items;
    }

    private static void nearDuplicates(KnowledgeGraph g, List<ReviewItem> out) {
        Map<String, List<Entity>> blocks = new HashMap<>();
        Map<String, List<Entity>> byAcronym = new HashMap<>();
        Map<Entity, String> labelKeys = new HashMap<>();
        List<Map.Entry<String, Entity>> shortNames = new ArrayList<>();
        for (Entity e : g.entities()) {
            Set<String> words = new HashSet<>();
            for (String n : e.names()) {
                String k = Names.key(n);
                if (n.equals(e.label())) labelKeys.put(e, k);
                for (String w : k.split(" ")) {
                    if (w.length() >= 3 && !SMALL_WORDS.contains(w)) words.add(w);
                }
                String a = acronymOfKey(k);
                if (a.length() >= 3) byAcronym.computeIfAbsent(a, x -> new ArrayList<>()).add(e);
                if (k.length() >= 3 && k.length() <= 8 && !k.contains(" ")) shortNames.add(Map.entry(n, e));
            }
            for (String w : words) blocks.computeIfAbsent(w, x -> new ArrayList<>()).add(e);
        }
        Map<Set<Entity>, ReviewItem> pairs = new LinkedHashMap<>();
        for (Map.Entry<String, Entity> sn : shortNames) {
            for (Entity full : byAcronym.getOrDefault(Names.key(sn.getKey()), List.of())) {
                if (full != sn.getValue()) offer(pairs, full, sn.getValue(), sn.getKey() + " may be the acronym of " + full.label(), 0.9);
            }
        }
        for (List<Entity> block : blocks.values()) {
            if (block.size() < 2 || block.size() > BLOCK_LIMIT_DEFAULT) continue;
            for (int i = 0; i < block.size(); i++) {
                for (int j = i + 1; j < block.size(); j++) compare(pairs, labelKeys, block.get(i), block.get(j));
            }
        }
        out.addAll(pairs.values());
    }

    private static void compare(Map<Set<Entity>, ReviewItem> pairs, Map<Entity, String> labelKeys, Entity a, Entity b) {
        String ka = labelKeys.get(a), kb = labelKeys.get(b);
        double sim = similarity(ka, kb);
        if (sim >= SIMILARITY_DEFAULT) {
            Entity keep = keeper(a, b), merge = keep == a ? b : a;
            offer(pairs, keep, merge, keep.label() + " and " + merge.label() + " are spelled almost alike", sim);
        } else if (a.type().equals(b.type())
                && ((" " + kb + " ").contains(" " + ka + " ") || (" " + ka + " ").contains(" " + kb + " "))) {
            // same type only: "Mexico" inside "Embassy of Mexico" is a different thing, not a duplicate
            Entity longer = ka.length() >= kb.length() ? a : b;
            Entity shorter = longer == a ? b : a;
            offer(pairs, longer, shorter, shorter.label() + " is part of the name " + longer.label(), 0.6);
        }
    }

    /** Keeps the best reason per pair. */
    private static void offer(Map<Set<Entity>, ReviewItem> pairs, Entity keep, Entity merge, String why, double score) {
        Set<Entity> key = Set.of(keep, merge);
        ReviewItem old = pairs.get(key);
        if (old == null || old.score() < score) {
            pairs.put(key, new ReviewItem(ReviewItem.Kind.NEAR_DUPLICATE, List.of(keep, merge), null, why, score));
        }
    }

    /** The better survivor of a pair: more mentions, then the longer label. */
    private static Entity keeper(Entity a, Entity b) {
        int c = Integer.compare(a.mentions().size(), b.mentions().size());
        if (c == 0) c = Integer.compare(a.label().length(), b.label().length());
        return c >= 0 ? a : b;
    }

    private static void typeConflicts(KnowledgeGraph g, List<ReviewItem> out) {
        Map<String, Map<String, Integer>> typesByHead = new HashMap<>();
        for (Entity e : g.entities()) {
            String head = head(e);
            if (head != null) typesByHead.computeIfAbsent(head, k -> new HashMap<>()).merge(e.type(), 1, Integer::sum);
        }
        for (Entity e : g.entities()) {
            String head = head(e);
            if (head == null) continue;
            Map<String, Integer> types = typesByHead.get(head);
            int total = types.values().stream().mapToInt(Integer::intValue).sum();
            if (total < HEAD_QUORUM_DEFAULT) continue;
            Map.Entry<String, Integer> top = types.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
            if (top.getKey().equals(e.type()) || top.getValue() * 2 <= total) continue;
            double share = (double) top.getValue() / total;
            out.add(new ReviewItem(ReviewItem.Kind.TYPE_CONFLICT, List.of(e), null, e.label() + " is " + e.type() + " but "
                    + top.getValue() + " of " + total + " names ending in \"" + head + "\" are " + top.getKey(), 0.4 + 0.2 * share));
        }
    }

    /** The last word of a multi-word label (its head), or null for one-word labels. */
    private static String head(Entity e) {
        String k = Names.key(e.label());
        int sp = k.lastIndexOf(' ');
        return sp < 0 ? null : k.substring(sp + 1);
    }

    private static void unsupported(KnowledgeGraph g, List<ReviewItem> out) {
        for (Entity e : g.entities()) {
            int degree = g.graph().degreeOf(e);
            boolean drawn = g.graph().edgesOf(e).stream().anyMatch(Relation::manual);
            if (e.mentions().isEmpty() && !drawn) {
                out.add(new ReviewItem(ReviewItem.Kind.NO_EVIDENCE, List.of(e), null, e.label() + " is mentioned in no document", 0.7));
            } else if (e.mentions().size() == 1 && degree == 0) {
                out.add(new ReviewItem(ReviewItem.Kind.SINGLETON, List.of(e), null,
                        e.label() + " is mentioned once and linked to nothing", 0.4));
            }
        }
        for (Relation r : g.relations()) {
            if (r.evidence().isEmpty() && !r.manual()) {
                out.add(new ReviewItem(ReviewItem.Kind.NO_EVIDENCE, List.of(g.source(r), g.target(r)), r,
                        r.type() + " edge " + g.source(r).label() + " → " + g.target(r).label() + " has no supporting sentence", 0.65));
            }
        }
    }

    /** Initials of the significant words: "Drug Enforcement Administration" → "dea", "U.S. Postal Service" → "usps". */
    static String acronym(String name) {
        return acronymOfKey(Names.key(name));
    }

    private static String acronymOfKey(String key) {
        String[] words = key.split(" ");
        if (words.length < 2) return "";
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (w.equals("us") || w.equals("uk")) sb.append(w); // "U.S." is two letters of USPS
            else if (!w.isEmpty() && !SMALL_WORDS.contains(w)) sb.append(w.charAt(0));
        }
        return sb.toString();
    }

    /** 1 - Levenshtein distance / longer length. */
    static double similarity(String a, String b) {
        if (a.equals(b)) return 1;
        int max = Math.max(a.length(), b.length());
        if (max == 0 || Math.abs(a.length() - b.length()) > max * (1 - SIMILARITY_DEFAULT) + 1) return 0;
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return 1 - (double) prev[b.length()] / max;
    }
}
