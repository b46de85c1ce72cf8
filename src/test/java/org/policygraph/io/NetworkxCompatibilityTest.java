package org.policygraph.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.graph.KnowledgeGraph;

/**
 * networkx reads our GraphML and GEXF with the same node and edge counts as the graph, parallel edges included.
 * Skipped where python3 with networkx is not installed (the XML tests above still run everywhere).
 */
class NetworkxCompatibilityTest {

    @Test
    void networkxCountsMatch(@TempDir Path dir) throws Exception {
        assumeTrue(run("import networkx").exitCode == 0, "python3 with networkx not installed");
        KnowledgeGraph g = TestGraphs.small();
        new GraphMlExporter().write(g, dir.resolve("g.graphml"));
        new GexfExporter().write(g, dir.resolve("g.gexf"));
        Result r = run("import networkx as nx, sys\n"
                + "for G in (nx.read_graphml(sys.argv[1]), nx.read_gexf(sys.argv[2])):\n"
                + "    print(G.number_of_nodes(), G.number_of_edges(), G.is_multigraph())\n",
                dir.resolve("g.graphml").toString(), dir.resolve("g.gexf").toString());
        assertEquals(0, r.exitCode, r.output);
        String expected = g.entityCount() + " " + g.relationCount() + " True";
        assertEquals(expected + "\n" + expected + "\n", r.output);
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(String script, String... args) throws Exception {
        String[] cmd = new String[3 + args.length];
        cmd[0] = "python3";
        cmd[1] = "-c";
        cmd[2] = script;
        System.arraycopy(args, 0, cmd, 3, args.length);
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            return new Result(-1, e.getMessage());
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Result(-1, "python3 did not finish");
        }
        return new Result(p.exitValue(), out);
    }
}
