package org.policygraph.graph.edit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.policygraph.extract.DocumentExtraction;
import org.policygraph.extract.FoundEntity;
import org.policygraph.extract.FoundRelation;
import org.policygraph.graph.GraphMerger;
import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.model.Document;
import org.policygraph.model.Evidence;
import org.policygraph.model.Mention;

/** Hand-made extractions (our own sentences) merged with the real GraphMerger, for edit and correction tests. */
public final class Fixtures {
    /** An entity found in a document: mentions are every place its label or an alias occurs in the text. */
    public record E(String key, String label, String type, String... aliases) {
    }

    /** A relation between two entity keys; its evidence is (nearly) the whole one-sentence document. */
    public record R(String source, String target, String type) {
    }

    private Fixtures() {
    }

    public static E e(String key, String label, String type, String... aliases) {
        return new E(key, label, type, aliases);
    }

    public static R r(String source, String target, String type) {
        return new R(source, target, type);
    }

    public static DocumentExtraction doc(String id, String text, List<E> entities, List<R> relations) {
        Document d = new Document(id, id, "/fixtures/" + id, "2024-05-0" + (1 + Math.abs(id.hashCode()) % 9), text);
        List<FoundEntity> found = new ArrayList<>();
        for (E e : entities) {
            List<Mention> mentions = new ArrayList<>();
            List<String> names = new ArrayList<>(List.of(e.aliases()));
            names.add(0, e.label());
            for (String n : names) {
                for (int at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + 1)) {
                    mentions.add(new Mention(id, at, at + n.length(), n));
                }
            }
            found.add(new FoundEntity(e.key(), e.label(), e.type(), new LinkedHashSet<>(List.of(e.aliases())), mentions));
        }
        List<FoundRelation> rels = new ArrayList<>();
        for (int i = 0; i < relations.size(); i++) {
            // a distinct span per relation, so evidence folded together by a merge is told apart
            R r = relations.get(i);
            rels.add(new FoundRelation(r.source(), r.target(), r.type(), new Evidence(id, i, text.length(), text.substring(i))));
        }
        return new DocumentExtraction(d, found, rels);
    }

    public static KnowledgeGraph graph(DocumentExtraction... docs) {
        KnowledgeGraph g = new KnowledgeGraph();
        GraphMerger m = new GraphMerger();
        for (DocumentExtraction x : docs) m.merge(g, x);
        return g;
    }

    /** Two documents about agencies working together; the Special Operations Division and DEA share partners. */
    public static DocumentExtraction first() {
        return doc("briefing-1",
                "The Drug Enforcement Administration (DEA) and its Special Operations Division shared leads with the FBI "
                        + "and Europol about the Sinaloa cartel; SOD analysts met the FBI twice.",
                List.of(e("dea", "Drug Enforcement Administration", "AGENCY", "DEA"),
                        e("sod", "Special Operations Division", "AGENCY", "SOD"),
                        e("fbi", "FBI", "AGENCY"),
                        e("europol", "Europol", "AGENCY"),
                        e("sinaloa", "Sinaloa", "AGENCY")),
                List.of(r("dea", "fbi", "PARTNERS_WITH"), r("sod", "fbi", "PARTNERS_WITH"), r("sod", "dea", "PART_OF"),
                        r("dea", "sinaloa", "TARGETS"), r("sod", "sinaloa", "TARGETS"), r("fbi", "europol", "CO_OCCURS")));
    }

    public static DocumentExtraction second() {
        return doc("briefing-2",
                "At the National Targeting Center (NTC), CBP officers flagged parcels for the DEA while a Captcha page "
                        + "blocked the portal.",
                List.of(e("ntc", "NTC", "AGENCY"),
                        e("cbp", "CBP", "AGENCY"),
                        e("dea", "DEA", "AGENCY"),
                        e("captcha", "Captcha", "ORGANIZATION")),
                List.of(r("cbp", "ntc", "PART_OF"), r("cbp", "dea", "PARTNERS_WITH"), r("captcha", "cbp", "CO_OCCURS")));
    }

    /** Added later: names the Special Operations Division and Captcha again, so corrections must still hold. */
    public static DocumentExtraction third() {
        return doc("briefing-3",
                "A later memo says the Special Operations Division briefed Europol and CBP; a Captcha banner appeared again.",
                List.of(e("sod", "Special Operations Division", "AGENCY"),
                        e("europol", "Europol", "AGENCY"),
                        e("cbp", "CBP", "AGENCY"),
                        e("captcha", "Captcha", "ORGANIZATION")),
                List.of(r("sod", "europol", "PARTNERS_WITH"), r("sod", "cbp", "CO_OCCURS"), r("captcha", "europol", "CO_OCCURS")));
    }

    public static KnowledgeGraph sample() {
        return graph(first(), second());
    }
}
