package org.policygraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `extract --corrections`: the operations applied to a small corpus written for this test. */
class ExtractCorrectionsTest {
    /** Each one changes what the extractor found (checked against the plain extraction first). */
    private static final String CORRECTIONS = """
            {"corrections":[
             {"op":"merge","into":"Drug Enforcement Administration","from":["Special Operations Division"]},
             {"op":"rename","entity":"NTC","to":"CBP National Targeting Hub"},
             {"op":"retype","entity":"Europol","type":"ORGANIZATION"},
             {"op":"addAlias","entity":"Europol","alias":"EU police agency"},
             {"op":"delete","entity":"Canada"},
             {"op":"addRelation","source":"FBI","target":"Europol","type":"PARTNERS_WITH","note":"liaison officers in The Hague"},
             {"op":"deleteRelation","source":"Netherlands","target":"Europol","type":"CO_OCCURS"},
             {"op":"delete","entity":"Nonexistent Bureau of Examples"}]}
            """;

    @TempDir
    Path dir;
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldErr;

    @BeforeEach
    void captureStderr() {
        oldErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStderr() {
        System.setErr(oldErr);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static Path corpus() throws URISyntaxException {
        return Path.of(ExtractCorrectionsTest.class.getResource("/org/policygraph/cli/curation").toURI());
    }

    private int extract(String corrections, Path out) throws Exception {
        Path file = dir.resolve("corrections.json");
        Files.writeString(file, corrections);
        return PolicyGraphCli.commandLine(null).execute("extract", "-q", "--corrections", file.toString(),
                "--out", out.toString(), corpus().toString());
    }

    /** Nodes whose label or any alias is the name (case-insensitive). */
    private static List<JsonNode> named(JsonNode graph, String name) {
        List<JsonNode> out = new ArrayList<>();
        String n = name.toLowerCase(Locale.ROOT);
        for (JsonNode node : graph.path("nodes")) {
            boolean hit = node.path("label").asText().toLowerCase(Locale.ROOT).equals(n);
            for (JsonNode a : node.path("aliases")) hit |= a.asText().toLowerCase(Locale.ROOT).equals(n);
            if (hit) out.add(node);
        }
        return out;
    }

    private static JsonNode only(JsonNode graph, String name) {
        List<JsonNode> nodes = named(graph, name);
        assertEquals(1, nodes.size(), "nodes named " + name);
        return nodes.get(0);
    }

    @Test
    void appliesTheCorrectionsAndReportsTheMissingEntity() throws Exception {
        Path out = dir.resolve("graph.json");
        assertEquals(0, extract(CORRECTIONS, out), stderr());
        JsonNode g = new ObjectMapper().readTree(out.toFile());

        JsonNode dea = only(g, "Drug Enforcement Administration");
        assertEquals(dea, only(g, "Special Operations Division"), "merged node carries both names");
        assertEquals(dea, only(g, "DEA"));
        assertTrue(named(g, "CBP National Targeting Hub").stream().anyMatch(n -> n.path("label").asText().equals("CBP National Targeting Hub")),
                "renamed label");
        JsonNode europol = only(g, "Europol");
        assertEquals("ORGANIZATION", europol.path("type").asText());
        assertTrue(named(g, "Canada").isEmpty(), "deleted node gone");
        assertEquals(europol, only(g, "EU police agency"), "alias added");
        String netherlands = only(g, "Netherlands").path("id").asText();
        String fbi = only(g, "FBI").path("id").asText();
        boolean drawn = false;
        for (JsonNode e : g.path("edges")) {
            drawn |= e.path("type").asText().equals("PARTNERS_WITH") && e.path("manual").asBoolean()
                    && e.path("note").asText().equals("liaison officers in The Hague")
                    && e.path("source").asText().equals(fbi) && e.path("target").asText().equals(europol.path("id").asText());
        }
        assertTrue(drawn, "manual PARTNERS_WITH edge with its note");
        for (JsonNode e : g.path("edges")) {
            boolean between = e.path("source").asText().equals(netherlands) && e.path("target").asText().equals(europol.path("id").asText())
                    || e.path("target").asText().equals(netherlands) && e.path("source").asText().equals(europol.path("id").asText());
            assertFalse(between && e.path("type").asText().equals("CO_OCCURS"), "deleted edge gone");
        }
        assertTrue(stderr().contains("correction 8 skipped: no entity named \"Nonexistent Bureau of Examples\""), stderr());
        assertEquals(1, stderr().lines().filter(l -> l.contains("skipped")).count(), stderr());
    }

    @Test
    void withoutCorrectionsTheExtractionNeedsThem() throws Exception {
        Path out = dir.resolve("plain.json");
        assertEquals(0, extract("{\"corrections\":[]}", out), stderr());
        JsonNode g = new ObjectMapper().readTree(out.toFile());
        assertEquals(1, named(g, "Special Operations Division").size());
        assertFalse(named(g, "Special Operations Division").equals(named(g, "DEA")), "not merged yet");
        assertTrue(named(g, "CBP National Targeting Hub").isEmpty());
        assertEquals("AGENCY", only(g, "Europol").path("type").asText());
        assertTrue(named(g, "EU police agency").isEmpty());
        assertEquals(1, named(g, "Canada").size());
    }

    @Test
    void aCorrectionThatNoLongerAppliesNeverStopsTheRun() throws Exception {
        Path out = dir.resolve("graph.json");
        assertEquals(0, extract("{\"corrections\":[{\"op\":\"delete\",\"entity\":\"Nonexistent Bureau of Examples\"}]}", out));
        assertTrue(Files.size(out) > 0);
        assertTrue(stderr().contains("correction 1 skipped: no entity named \"Nonexistent Bureau of Examples\""), stderr());
    }

    @Test
    void malformedCorrectionsFileIsOneLineAndExitCode2() throws Exception {
        Path out = dir.resolve("graph.json");
        int code = extract("{\"corrections\":[\n {\"op\":\"mrege\",\"into\":\"A\",\"from\":[\"B\"]}]}", out);
        assertEquals(2, code);
        String[] lines = stderr().strip().split("\n");
        assertEquals(1, lines.length, stderr());
        assertTrue(lines[0].startsWith("extract: " + dir.resolve("corrections.json") + ": correction 1 (line 2): unknown op \"mrege\""), lines[0]);
        assertFalse(Files.exists(out), "nothing exported");
    }
}
