package org.policygraph.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.policygraph.model.Entity;
import org.policygraph.model.EntityType;
import org.policygraph.model.Evidence;
import org.policygraph.model.RelationType;

/**
 * Builds a synthetic knowledge graph of a given size for benchmarks and tests: realistic entity types and
 * relation types, a scale-free degree distribution (preferential attachment, so a few hubs and many leaves,
 * like a real corpus), about a quarter of the edges CO_OCCURS, and a few small separate components.
 * Deterministic for a given seed. The names are invented ("Agency 12 Narcotics Bureau"), never corpus text.
 */
public final class GraphGenerator {
    public static final long SEED_DEFAULT = 7L;

    /** Type and relative frequency, in the proportions a policy corpus shows. */
    private static final String[] TYPES = {EntityType.AGENCY, EntityType.COUNTRY, EntityType.LAW,
            EntityType.OPERATION, EntityType.PERSON, EntityType.ORGANIZATION, EntityType.DRUG, EntityType.MARKETPLACE};
    private static final double[] TYPE_SHARE = {0.20, 0.10, 0.10, 0.14, 0.20, 0.12, 0.08, 0.06};
    private static final String[][] WORDS = {
            {"Narcotics Bureau", "Enforcement Agency", "Customs Service", "Drug Control Office", "Border Police"},
            {"Country"},
            {"Control Act", "Enforcement Bill", "Precursor Regulation", "Treaty", "Sanctions Act"},
            {"Operation Falcon", "Operation Harbor", "Operation Lantern", "Operation Atlas", "Operation Tide"},
            {"Director", "Senator", "Minister", "Prosecutor", "Commissioner"},
            {"Cartel", "Syndicate", "Network", "Clan", "Brotherhood"},
            {"Fentanyl analog", "Cocaine variant", "Methamphetamine batch", "Heroin blend", "Synthetic opioid"},
            {"Market", "Bazaar", "Exchange", "Shop", "Forum"}};

    private final long seed;

    public GraphGenerator() {
        this(SEED_DEFAULT);
    }

    public GraphGenerator(long seed) {
        this.seed = seed;
    }

    /** A graph of exactly {@code nodes} entities and about {@code edges} relations (fewer only if the graph is too small). */
    public KnowledgeGraph generate(int nodes, int edges) {
        Random rnd = new Random(seed);
        KnowledgeGraph g = new KnowledgeGraph();
        List<Entity> all = new ArrayList<>(nodes);
        // endpoints list: an entity appears once per incident edge, plus once, so picking uniformly from it
        // is preferential attachment
        List<Integer> ends = new ArrayList<>();
        g.batch(() -> {
            for (int i = 0; i < nodes; i++) {
                String type = pickType(rnd);
                Entity e = g.addEntity(name(type, i, rnd), type);
                ends.add(all.size());
                all.add(e);
            }
            // a few small islands (about 3% of the nodes) stay apart from the main component
            int islandStart = Math.max(2, nodes - Math.max(0, nodes / 33));
            int made = 0;
            long attempts = 0;
            while (made < edges && attempts < edges * 20L && nodes >= 2) {
                attempts++;
                int ai = rnd.nextInt(nodes);
                int bi;
                if (ai >= islandStart) {
                    int base = islandStart + ((ai - islandStart) / 4) * 4;
                    bi = Math.min(nodes - 1, base + rnd.nextInt(4));
                } else {
                    bi = ends.get(rnd.nextInt(ends.size()));
                    if (bi >= islandStart) continue;
                }
                if (ai == bi) continue;
                Entity a = all.get(ai);
                Entity b = all.get(bi);
                String type = rnd.nextDouble() < 0.25 ? RelationType.CO_OCCURS : relationType(a.type(), b.type());
                if (type == null) {
                    type = relationType(b.type(), a.type());
                    Entity swap = a;
                    a = b;
                    b = swap;
                }
                if (type == null) type = RelationType.CO_OCCURS;
                int before = g.relationCount();
                var r = g.relate(a, b, type);
                if (g.relationCount() == before) continue;
                int support = 1 + (rnd.nextDouble() < 0.3 ? rnd.nextInt(4) : 0);
                for (int s = 0; s < support; s++) {
                    g.addEvidence(r, new Evidence("synthetic-" + (made % 50), s * 100, s * 100 + 80,
                            a.label() + " and " + b.label() + " appear together."));
                }
                ends.add(ai);
                ends.add(bi);
                made++;
            }
        });
        return g;
    }

    private static String pickType(Random rnd) {
        double x = rnd.nextDouble();
        for (int i = 0; i < TYPES.length; i++) {
            x -= TYPE_SHARE[i];
            if (x <= 0) return TYPES[i];
        }
        return TYPES[0];
    }

    private static String name(String type, int i, Random rnd) {
        for (int t = 0; t < TYPES.length; t++) {
            if (TYPES[t].equals(type)) {
                String[] w = WORDS[t];
                return w[rnd.nextInt(w.length)] + " " + i;
            }
        }
        return "Entity " + i;
    }

    /** A plausible relation type from an entity of type a to one of type b, or null when none fits. */
    static String relationType(String a, String b) {
        String pair = a + ">" + b;
        return switch (pair) {
            case "AGENCY>AGENCY" -> RelationType.PARTNERS_WITH;
            case "AGENCY>COUNTRY", "ORGANIZATION>COUNTRY", "MARKETPLACE>COUNTRY" -> RelationType.LOCATED_IN;
            case "AGENCY>LAW" -> RelationType.ENFORCES;
            case "OPERATION>AGENCY" -> RelationType.CONDUCTED_BY;
            case "COUNTRY>OPERATION", "AGENCY>OPERATION" -> RelationType.PARTICIPANT;
            case "OPERATION>ORGANIZATION", "OPERATION>MARKETPLACE", "AGENCY>ORGANIZATION" -> RelationType.TARGETS;
            case "PERSON>ORGANIZATION", "PERSON>AGENCY" -> RelationType.MEMBER_OF;
            case "AGENCY>PERSON", "ORGANIZATION>PERSON" -> RelationType.LED_BY;
            case "COUNTRY>DRUG" -> RelationType.SOURCE_OF;
            case "LAW>DRUG", "LAW>MARKETPLACE" -> RelationType.REGULATES;
            case "COUNTRY>COUNTRY" -> RelationType.TRAFFICKING_ROUTE;
            case "COUNTRY>AGENCY" -> RelationType.FUNDS;
            default -> null;
        };
    }
}
