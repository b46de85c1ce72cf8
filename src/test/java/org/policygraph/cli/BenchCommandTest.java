package org.policygraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** Figures are not asserted (speed belongs to the benchmark itself), only that every figure is reported. */
class BenchCommandTest {
    private static JsonNode runJson(BenchCommand cmd, String... args) throws Exception {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            code = new CommandLine(cmd).execute(args);
        } finally {
            System.setOut(old);
        }
        assertEquals(0, code, buf.toString(StandardCharsets.UTF_8));
        return new ObjectMapper().readTree(buf.toString(StandardCharsets.UTF_8));
    }

    @Test
    void allWorkloadsReportEveryFigureAsJson(@TempDir Path dir) throws Exception {
        Path samples = Files.createDirectories(dir.resolve("samples"));
        Files.writeString(samples.resolve("note.txt"), "The DEA and the FBI met in Bogotá to plan a joint case.");
        JsonNode r = runJson(new BenchCommand(), "--json", "--scale", "0.002", "--samples", samples.toString(), "all");
        assertTrue(r.at("/machine/cores").asInt() > 0);
        assertTrue(r.at("/machine/max_heap_mb").asLong() > 0);
        assertTrue(r.at("/machine/java_version").isTextual());
        assertTrue(r.at("/extract/mb_per_s").isNumber(), r.toString());
        assertTrue(r.at("/extract/input_bytes").asLong() >= 64 * 1024);
        assertTrue(r.at("/corpus_load/mb_per_s").isNumber());
        for (String m : new String[] {"mentions_10000", "mentions_100000"}) {
            assertTrue(r.at("/graph/" + m + "/build_ms").isNumber(), m);
            assertTrue(r.at("/graph/" + m + "/merge_ms").isNumber(), m);
            assertTrue(r.at("/graph/" + m + "/nodes").asInt() > 0, m);
        }
        for (int n : new int[] {500, 2000, 5000, 20000}) assertTrue(r.at("/layout/nodes_" + n + "_ms").isNumber(), "layout " + n);
        assertTrue(r.at("/memory/heap_mb_per_10k_nodes").isNumber());
        assertTrue(r.at("/startup/samples_to_graph_ms").isNumber(), r.at("/startup").toString());
        assertTrue(r.at("/startup/jvm_launch_to_graph_ms").isNumber());
        assertTrue(r.at("/frame/frame_ms").isNull());
        assertTrue(r.at("/frame/note").asText().contains("JavaFX"));
    }

    @Test
    void frameTimeComesFromTheUiBenchmarkWhenGiven() throws Exception {
        int[] asked = new int[2];
        JsonNode r = runJson(new BenchCommand((nodes, edges) -> {
            if (asked[0] == 0) {
                asked[0] = nodes;
                asked[1] = edges;
            }
            return 12.5;
        }), "--json", "frame");
        assertEquals(12.5, r.at("/frame/nodes_500_frame_ms").asDouble());
        assertEquals(12.5, r.at("/frame/nodes_5000_frame_ms").asDouble());
        assertEquals(12.5, r.at("/frame/frame_ms").asDouble());
        assertEquals(80.0, r.at("/frame/fps").asDouble());
        assertEquals(2000, asked[0]);
        assertEquals(6000, asked[1]);
        assertTrue(r.at("/extract").isMissingNode(), "only the workloads asked for run");
        JsonNode two = runJson(new BenchCommand(), "--json", "--scale", "0.002", "memory", "graph");
        assertTrue(two.at("/memory/heap_mb_per_10k_nodes").isNumber() && two.at("/graph/mentions_10000").isObject());
    }

    @Test
    void missingSamplesAndUnknownWorkloadsAreReportedNotThrown(@TempDir Path dir) throws Exception {
        JsonNode r = runJson(new BenchCommand(), "--json", "--samples", dir.resolve("none").toString(), "startup");
        assertTrue(r.at("/startup/samples_to_graph_ms").isNull());
        assertTrue(r.at("/startup/note").asText().contains("no samples folder"));
        assertEquals(2, new CommandLine(new BenchCommand()).execute("warp-speed"));
    }

    @Test
    void generatedCorpusIsDeterministicAndSized() {
        BenchCorpus c = new BenchCorpus();
        var a = c.documents(200_000, 5);
        var b = c.documents(200_000, 5);
        assertEquals(a, b);
        assertTrue(BenchCorpus.utf8Bytes(a) >= 200_000);
        for (var d : a) {
            assertTrue(d.text().length() >= BenchCorpus.DOC_BYTES_MIN && d.text().length() < BenchCorpus.DOC_BYTES_MAX + 400, d.id());
            assertTrue(!d.text().contains("{"), "every slot filled");
        }
    }
}
