package org.policygraph.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.policygraph.extract.DocumentExtraction;
import org.policygraph.extract.FoundEntity;
import org.policygraph.extract.FoundRelation;
import org.policygraph.model.Document;
import org.policygraph.model.EntityType;
import org.policygraph.model.Evidence;
import org.policygraph.model.Mention;
import org.policygraph.model.RelationType;

/**
 * Synthetic input for the graph build and merge benchmark: extractions with a given number of mentions (names
 * drawn with a skew, so some entities recur across many documents as real ones do). Seeded. Whole graphs for the
 * layout and memory figures come from {@code graph.GraphGenerator}, the same graphs the UI benchmark pans.
 */
final class BenchGraphs {
    static final int MENTIONS_PER_DOC = 50;
    private static final String[] TYPES = {EntityType.AGENCY, EntityType.COUNTRY, EntityType.LAW, EntityType.OPERATION,
            EntityType.PERSON, EntityType.ORGANIZATION, EntityType.DRUG, EntityType.MARKETPLACE};
    private static final String[] RELATIONS = {RelationType.PART_OF, RelationType.PARTNERS_WITH, RelationType.CONDUCTED_BY,
            RelationType.TARGETS, RelationType.SOURCE_OF, RelationType.CO_OCCURS, RelationType.CO_OCCURS};
    private static final String SENTENCE = "The agencies named here worked together on the case described in this report.";

    private BenchGraphs() {
    }

    /** Extractions of documents with {@value #MENTIONS_PER_DOC} mentions each, {@code mentions} in total. */
    static List<DocumentExtraction> extractions(int mentions, long seed) {
        Random rnd = new Random(seed);
        int pool = Math.max(20, mentions / 8);
        List<DocumentExtraction> out = new ArrayList<>();
        for (int d = 0, left = mentions; left > 0; d++) {
            int here = Math.min(MENTIONS_PER_DOC, left);
            left -= here;
            String docId = "doc-" + d + ".txt";
            Document doc = new Document(docId, "Document " + d, docId, null, "");
            Set<Integer> picked = new LinkedHashSet<>();
            List<FoundEntity> found = new ArrayList<>();
            for (int m = 0; m < here; m++) {
                // squaring a uniform draw skews towards low indices: a few entities appear everywhere
                double u = rnd.nextDouble();
                int id = (int) (u * u * pool);
                picked.add(id);
                found.add(new FoundEntity("k" + id + "-" + m, name(id), TYPES[id % TYPES.length],
                        id % 3 == 0 ? Set.of(acronym(id)) : Set.of(), List.of(new Mention(docId, m * 40, m * 40 + 12, name(id)))));
            }
            List<FoundRelation> rels = new ArrayList<>();
            for (int r = 0; r + 1 < found.size(); r += 2) {
                FoundEntity a = found.get(r), b = found.get(r + 1);
                if (a.label().equals(b.label())) continue;
                rels.add(new FoundRelation(a.key(), b.key(), RELATIONS[rnd.nextInt(RELATIONS.length)],
                        new Evidence(docId, r * 40, r * 40 + SENTENCE.length(), SENTENCE)));
            }
            out.add(new DocumentExtraction(doc, found, rels));
        }
        return out;
    }

    static String name(int id) {
        return TYPES[id % TYPES.length].charAt(0) + TYPES[id % TYPES.length].substring(1).toLowerCase() + " number " + id;
    }

    private static String acronym(int id) {
        return "X" + Integer.toString(id, 36).toUpperCase() + "Q";
    }
}
