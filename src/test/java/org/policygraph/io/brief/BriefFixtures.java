package org.policygraph.io.brief;

import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.model.Document;
import org.policygraph.model.Entity;
import org.policygraph.model.Evidence;
import org.policygraph.model.Mention;
import org.policygraph.model.RelationType;

/** A small hand-built graph (invented sentences, written for these tests) with stated relations and co-mentions. */
final class BriefFixtures {
    private BriefFixtures() {
    }

    static KnowledgeGraph graph() {
        KnowledgeGraph g = new KnowledgeGraph();
        g.addDocument(new Document("alpha.txt", "Harbour task force report", "/data/alpha.txt", "2023-05-02", "x".repeat(4000)));
        g.addDocument(new Document("beta.html", "Hearing on synthetic opioids", "/data/web/beta.html", "2024-01-15", "x".repeat(4000)));
        g.addDocument(new Document("gamma.md", "Annual cooperation note \u2014 Andean desk", "/data/gamma.md", null, "x".repeat(4000)));
        Entity dea = entity(g, "Drug Enforcement Administration", "AGENCY", "DEA", "alpha.txt", "beta.html", "gamma.md");
        Entity doj = entity(g, "Department of Justice", "AGENCY", "DOJ", "alpha.txt", "beta.html");
        Entity fbi = entity(g, "Federal Bureau of Investigation", "AGENCY", "FBI", "alpha.txt");
        Entity cbp = entity(g, "Customs and Border Protection", "AGENCY", "CBP", "beta.html");
        Entity op = entity(g, "Operation Quiet Harbour", "OPERATION", null, "alpha.txt", "gamma.md");
        Entity col = entity(g, "Colombia", "COUNTRY", null, "gamma.md");
        Entity mex = entity(g, "México", "COUNTRY", null, "beta.html", "gamma.md");
        Entity fent = entity(g, "Fentanyl", "DRUG", null, "beta.html");
        Entity act = entity(g, "Safer Ports Act", "LAW", null, "beta.html");
        Entity cartel = entity(g, "Gulf Coast Cartel", "ORGANIZATION", null, "alpha.txt");
        Entity judiciary = entity(g, "Senate Judiciary Committee", "AGENCY", null, "beta.html");
        Entity chief = entity(g, "Administrator Jane Okafor", "PERSON", null, "beta.html");
        relate(g, dea, doj, RelationType.PART_OF, "alpha.txt", "The DEA, a component of the Department of Justice, led the port inspections.");
        relate(g, fbi, doj, RelationType.PART_OF, "alpha.txt", "Agents of the FBI, also part of the Justice Department, joined in March.");
        relate(g, op, dea, RelationType.CONDUCTED_BY, "alpha.txt", "Operation Quiet Harbour was run by the DEA from two coastal field offices.");
        relate(g, op, dea, RelationType.CONDUCTED_BY, "gamma.md", "Investigators credited the DEA with planning Operation Quiet Harbour.");
        relate(g, op, cartel, RelationType.TARGETS, "alpha.txt", "The operation aimed at the shipping cells of the Gulf Coast Cartel.");
        relate(g, dea, col, RelationType.PARTNERS_WITH, "gamma.md", "The DEA works with Colombian police on “controlled delivery” cases.");
        relate(g, dea, mex, RelationType.PARTNERS_WITH, "gamma.md", "Liaison officers from México and the DEA shared seizure data → weekly.");
        relate(g, mex, fent, RelationType.SOURCE_OF, "beta.html", "Witnesses said most fentanyl seized at the border had passed through México.");
        relate(g, chief, judiciary, RelationType.TESTIFIED_BEFORE, "beta.html", "Administrator Jane Okafor testified before the Senate Judiciary Committee.");
        relate(g, chief, dea, RelationType.LED_BY, "beta.html", "Okafor, who heads the DEA, asked for more port scanners.");
        relate(g, judiciary, act, RelationType.CONSIDERS, "beta.html", "The committee is weighing the Safer Ports Act this session.");
        relate(g, cbp, act, RelationType.ENFORCES, "beta.html", "CBP would enforce the new scanning rules of the Safer Ports Act.");
        relate(g, cbp, dea, RelationType.CO_OCCURS, "beta.html", "CBP and the DEA both appeared at the hearing.");
        relate(g, fbi, cartel, RelationType.CO_OCCURS, "alpha.txt", "The FBI file on the cartel stayed sealed.");
        // mentioned next to everything, stated in nothing: must not get a page
        Entity room = entity(g, "Hearing room", "ORGANIZATION", null, "beta.html");
        for (Entity e : new Entity[] {dea, doj, fbi, cbp, op, col, mex, fent, act, cartel}) {
            relate(g, room, e, RelationType.CO_OCCURS, "beta.html", "The hearing room was full when " + e.label() + " came up.");
        }
        return g;
    }

    /** {@code n} entities and {@code docs} documents around a few hubs, for the overview cut and long tables. */
    static KnowledgeGraph large(int n, int docs) {
        KnowledgeGraph g = new KnowledgeGraph();
        java.util.Random rnd = new java.util.Random(3);
        for (int d = 0; d < docs; d++) {
            g.addDocument(new Document("doc" + d + ".txt", "Field report number " + d + " on regional cooperation",
                    "/archive/reports/" + (2000 + d) + "/doc" + d + ".txt", d % 4 == 0 ? null : "2022-0" + (1 + d % 9) + "-1" + d % 10, ""));
        }
        String[] types = {"AGENCY", "COUNTRY", "OPERATION", "LAW", "DRUG", "ORGANIZATION", "PERSON", "MARKETPLACE"};
        String[] rels = {RelationType.PARTNERS_WITH, RelationType.PART_OF, RelationType.TARGETS, RelationType.CO_OCCURS};
        java.util.List<Entity> all = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            Entity e = entity(g, "Entity " + (char) ('A' + i % 26) + " number " + i, types[i % types.length], null,
                    "doc" + (i % docs) + ".txt");
            if (i > 0) {
                Entity hub = all.get((int) (Math.pow(rnd.nextDouble(), 3) * all.size()));
                relate(g, e, hub, rels[rnd.nextInt(rels.length)], "doc" + (i % docs) + ".txt",
                        e.label() + " was named alongside " + hub.label() + " in a report.");
            }
            all.add(e);
        }
        return g;
    }

    static Entity entity(KnowledgeGraph g, String label, String type, String alias, String... docs) {
        Entity e = g.addEntity(label, type);
        if (alias != null) g.addAlias(e, alias);
        int at = 0;
        for (String d : docs) {
            g.addMention(e, new Mention(d, at, at + label.length(), label));
            at += 100;
        }
        return e;
    }

    static void relate(KnowledgeGraph g, Entity s, Entity t, String type, String doc, String sentence) {
        String date = g.document(doc).map(Document::date).orElse(null);
        g.addEvidence(g.relate(s, t, type), new Evidence(doc, 0, sentence.length(), sentence, date));
    }
}
