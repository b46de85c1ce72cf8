package org.policygraph.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.model.Entity;
import org.policygraph.model.Relation;

/**
 * The graph for Neo4j 5. To a folder: nodes.csv and edges.csv for {@code neo4j-admin database import full}, plus
 * import.cypher (LOAD CSV + MERGE, for a running database) and a README with both commands. To a stream: one
 * self-contained Cypher script (literal data, MERGE) to pipe into cypher-shell. Every node has the label
 * {@code Entity} and its type as a second label; every edge has its relation type.
 */
public final class Neo4jExporter implements GraphExporter {
    public static final String CYPHER_FILE = "import.cypher";
    public static final String README_FILE = "README.txt";
    /** Rows per UNWIND statement: small enough for the default transaction memory of a desktop Neo4j. */
    static final int BATCH_DEFAULT = 500;
    private static final String CONSTRAINT =
            "CREATE CONSTRAINT policygraph_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;\n";

    /** The self-contained script: cypher-shell -u neo4j -p PASSWORD &lt; graph.cypher */
    @Override
    public void write(KnowledgeGraph g, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(new NonClosing(out), StandardCharsets.UTF_8));
        w.write("// PolicyGraph graph for Neo4j 5: cypher-shell -u neo4j -p PASSWORD < this-file\n");
        w.write(CONSTRAINT);
        List<Entity> nodes = new ArrayList<>(g.entities());
        for (int i = 0; i < nodes.size(); i += BATCH_DEFAULT) {
            w.write("UNWIND [");
            List<Entity> batch = nodes.subList(i, Math.min(nodes.size(), i + BATCH_DEFAULT));
            for (int k = 0; k < batch.size(); k++) {
                Entity e = batch.get(k);
                w.write(k == 0 ? "\n  " : ",\n  ");
                w.write("{id: " + str(e.id()) + ", label: " + str(e.label()) + ", type: " + str(e.type())
                        + ", aliases: " + list(e.aliases()) + ", mentions: " + e.mentions().size() + "}");
            }
            w.write("\n] AS row\nMERGE (n:Entity {id: row.id}) SET n += row;\n");
        }
        for (String type : types(g)) {
            w.write("MATCH (n:Entity {type: " + str(type) + "}) SET n:" + name(type) + ";\n");
        }
        for (Map.Entry<String, List<Relation>> byType : edgesByType(g).entrySet()) {
            List<Relation> edges = byType.getValue();
            for (int i = 0; i < edges.size(); i += BATCH_DEFAULT) {
                w.write("UNWIND [");
                List<Relation> batch = edges.subList(i, Math.min(edges.size(), i + BATCH_DEFAULT));
                for (int k = 0; k < batch.size(); k++) {
                    Relation r = batch.get(k);
                    w.write(k == 0 ? "\n  " : ",\n  ");
                    w.write("{s: " + str(g.source(r).id()) + ", t: " + str(g.target(r).id()) + ", weight: "
                            + GraphFacts.number(r.weight()) + ", evidence: " + r.evidence().size() + ", documents: "
                            + list(r.documents()) + ", first_evidence: " + str(GraphFacts.firstEvidence(r)) + "}");
                }
                w.write("\n] AS row\nMATCH (a:Entity {id: row.s}), (b:Entity {id: row.t})\nMERGE (a)-[r:"
                        + name(byType.getKey()) + "]->(b)\nSET r.weight = row.weight, r.evidence = row.evidence, "
                        + "r.documents = row.documents, r.first_evidence = row.first_evidence;\n");
            }
        }
        w.flush();
    }

    /** {@code out} is a folder: nodes.csv, edges.csv, import.cypher and README.txt. */
    @Override
    public void write(KnowledgeGraph g, Path out) throws IOException {
        Files.createDirectories(out);
        new CsvExporter().write(g, out);
        AtomicFiles.write(out.resolve(CYPHER_FILE), os -> writeLoadCsvScript(g, os));
        AtomicFiles.write(out.resolve(README_FILE), os -> os.write(readme().getBytes(StandardCharsets.UTF_8)));
    }

    /** LOAD CSV + MERGE over nodes.csv and edges.csv in the database's import folder. */
    static void writeLoadCsvScript(KnowledgeGraph g, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(new NonClosing(out), StandardCharsets.UTF_8));
        w.write("// PolicyGraph graph for a running Neo4j 5. Copy nodes.csv and edges.csv into the database's\n"
                + "// import folder, then: cypher-shell -u neo4j -p PASSWORD -f import.cypher\n");
        w.write(CONSTRAINT);
        w.write("LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row\n"
                + "MERGE (n:Entity {id: row.`id:ID`})\n"
                + "SET n.label = row.label, n.type = row.`type:LABEL`,\n"
                + "    n.aliases = coalesce(split(row.`aliases:string[]`, ';'), []),\n"
                + "    n.mentions = toInteger(row.`mentions:int`);\n");
        w.write("// Cypher takes no label from data without plugins: one statement per type\n");
        for (String type : types(g)) {
            w.write("MATCH (n:Entity {type: " + str(type) + "}) SET n:" + name(type) + ";\n");
        }
        for (String type : edgesByType(g).keySet()) {
            w.write("LOAD CSV WITH HEADERS FROM 'file:///edges.csv' AS row\n"
                    + "WITH row WHERE row.`:TYPE` = " + str(type) + "\n"
                    + "MATCH (a:Entity {id: row.`:START_ID`}), (b:Entity {id: row.`:END_ID`})\n"
                    + "MERGE (a)-[r:" + name(type) + "]->(b)\n"
                    + "SET r.weight = toFloat(row.`weight:double`), r.evidence = toInteger(row.`evidence:int`),\n"
                    + "    r.documents = coalesce(split(row.`documents:string[]`, ';'), []),\n"
                    + "    r.first_evidence = row.first_evidence;\n");
        }
        w.flush();
    }

    static String readme() {
        return """
                PolicyGraph export for Neo4j 5

                Fast bulk import into a new, empty database (the database must be stopped):
                  neo4j-admin database import full --nodes=Entity=nodes.csv --relationships=edges.csv \\
                      --array-delimiter=";" --multiline-fields=true policygraph
                  then create the database in Neo4j (CREATE DATABASE policygraph) or set it as the default.

                Into a running database:
                  copy nodes.csv and edges.csv into the database's import folder, then
                  cypher-shell -u neo4j -p PASSWORD -f import.cypher

                Every node has the label Entity and its type (AGENCY, LAW, ...) as a second label, with the
                properties id, label, aliases and mentions. Every relationship has its relation type
                (PARTNERS_WITH, ...) with weight, evidence (number of sentences), documents and first_evidence.
                """;
    }

    private static Set<String> types(KnowledgeGraph g) {
        Set<String> types = new LinkedHashSet<>();
        for (Entity e : g.entities()) types.add(e.type());
        return types;
    }

    private static Map<String, List<Relation>> edgesByType(KnowledgeGraph g) {
        Map<String, List<Relation>> m = new LinkedHashMap<>();
        for (Relation r : GraphFacts.edgesInOrder(g)) m.computeIfAbsent(r.type(), k -> new ArrayList<>()).add(r);
        return m;
    }

    /** A label or relationship type, back-quoted so user-made types with spaces stay valid Cypher. */
    static String name(String s) {
        return "`" + s.replace("`", "``") + "`";
    }

    /** A Cypher string literal. */
    static String str(String s) {
        if (s == null) return "null";
        StringBuilder b = new StringBuilder(s.length() + 2).append('\'');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\'' -> b.append("\\'");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(c);
            }
        }
        return b.append('\'').toString();
    }

    private static String list(Collection<String> items) {
        StringBuilder b = new StringBuilder("[");
        for (String s : items) {
            if (b.length() > 1) b.append(", ");
            b.append(str(s));
        }
        return b.append(']').toString();
    }
}
