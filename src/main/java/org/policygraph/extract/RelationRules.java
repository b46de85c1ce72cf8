package org.policygraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.policygraph.model.Evidence;
import org.policygraph.model.RelationType;

/**
 * Typed relations from sentence patterns (see {@link RelationPatterns}), with pronouns and definite nouns
 * resolved by {@link Discourse}, plus CO_OCCURS for every pair named in one sentence. Each relation keeps the
 * sentence as evidence.
 */
final class RelationRules {
    /** Sentences naming more entities than this are lists; pairing them all says nothing. */
    static final int MAX_COOCCURRING_DEFAULT = 12;

    private final Lexicon lex;
    private final Gazetteer gazetteer;

    RelationRules(Lexicon lex, Gazetteer gazetteer) {
        this.lex = lex;
        this.gazetteer = gazetteer;
    }

    /** @param tokens each sentence's tokens, in the order of {@code sentences} */
    List<FoundRelation> find(String docId, String text, List<Sentence> sentences, List<List<Token>> tokens, List<Candidate> accepted,
            KeyUnion union, List<FoundEntity> entities) {
        Map<String, FoundEntity> byKey = new HashMap<>();
        for (FoundEntity e : entities) byKey.put(e.key(), e);
        // one prototype mention per entity, its flags worked out once rather than at every mention
        Map<String, SentenceMention> proto = new HashMap<>();
        for (FoundEntity e : entities) proto.put(e.key(), SentenceMention.of(-1, -1, e.key(), e.type(), e.label(), false));
        Out out = new Out(docId);
        Discourse discourse = new Discourse();
        int c = 0;
        for (int si = 0; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            List<SentenceMention> explicit = new ArrayList<>();
            while (c < accepted.size() && accepted.get(c).start < s.start()) c++;
            for (int k = c; k < accepted.size() && accepted.get(k).start < s.end(); k++) {
                Candidate a = accepted.get(k);
                explicit.add(proto.get(union.find(a.key)).at(a.start, a.end, false));
            }
            List<SentenceMention> virtual = discourse.resolve(s, explicit);
            List<SentenceMention> all = explicit; // in text order already, as accepted is
            if (!virtual.isEmpty()) {
                all = new ArrayList<>(explicit);
                all.addAll(virtual);
                all.sort(Comparator.comparingInt(SentenceMention::start));
            }
            if (all.size() >= 2 || !explicit.isEmpty()) {
                out.sentence = s;
                new SentenceRelations(text, s, tokens.get(si), all, out, lex, gazetteer, discourse, byKey, accepted, union).run();
                cooccurrence(explicit, out);
            }
            discourse.advance(all);
        }
        return out.relations;
    }

    private static void cooccurrence(List<SentenceMention> explicit, Out out) {
        if (explicit.size() < 2) return;
        List<SentenceMention> distinct = new ArrayList<>(explicit.size());
        for (SentenceMention m : explicit) if (!hasKey(distinct, m.key())) distinct.add(m);
        if (distinct.size() < 2 || distinct.size() > MAX_COOCCURRING_DEFAULT) return;
        // pairs of distinct entities are unique by construction: no de-duplication needed
        for (int i = 0; i < distinct.size(); i++) {
            for (int j = i + 1; j < distinct.size(); j++) out.addUnique(distinct.get(i).key(), distinct.get(j).key(), RelationType.CO_OCCURS);
        }
    }

    private static boolean hasKey(List<SentenceMention> ms, String key) {
        for (SentenceMention m : ms) if (m.key().equals(key)) return true;
        return false;
    }

    /** Collects relations, one per (source, target, type, sentence). */
    static final class Out {
        final String docId;
        final List<FoundRelation> relations = new ArrayList<>();
        private record Key(String a, String b, String type, int sentence) {
        }

        private final Set<Key> seen = new java.util.HashSet<>();
        Sentence sentence;

        Out(String docId) {
            this.docId = docId;
        }

        boolean has(String a, String b, String type) {
            return seen.contains(new Key(a, b, type, sentence.index()));
        }

        void add(SentenceMention a, SentenceMention b, String type) {
            if (a == null || b == null || a.key().equals(b.key())) return;
            add(a.key(), b.key(), type);
        }

        void add(String a, String b, String type) {
            if (a.equals(b)) return;
            if (!seen.add(new Key(a, b, type, sentence.index()))) return;
            relations.add(new FoundRelation(a, b, type, evidence()));
        }

        void addUnique(String a, String b, String type) {
            relations.add(new FoundRelation(a, b, type, evidence()));
        }

        private Sentence evidenceFor;
        private Evidence evidence;

        /** One evidence record per sentence, shared by every relation it states. */
        private Evidence evidence() {
            if (evidenceFor != sentence) {
                evidenceFor = sentence;
                evidence = new Evidence(docId, sentence.start(), sentence.end(), sentence.text());
            }
            return evidence;
        }
    }
}
