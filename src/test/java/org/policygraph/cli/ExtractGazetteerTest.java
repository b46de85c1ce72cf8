package org.policygraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractGazetteerTest {
    @TempDir
    Path dir;

    @Test
    void userGazetteerTeachesNewNames() throws Exception {
        Path gaz = Files.writeString(dir.resolve("mine.json"),
                "{\"entities\":[{\"name\":\"Harbor Watch Collective\",\"type\":\"ORGANIZATION\",\"aliases\":[\"HWC\"]}]}");
        Path doc = Files.writeString(dir.resolve("a.txt"), "The HWC partnered with the DEA on port checks.\n");
        Path out = dir.resolve("g.json");
        int rc = PolicyGraphCli.commandLine(null).execute("extract", "-q", "--gazetteer", gaz.toString(), "--out", out.toString(), doc.toString());
        assertEquals(0, rc);
        JsonNode g = new ObjectMapper().readTree(out.toFile());
        boolean found = false;
        for (JsonNode n : g.get("nodes")) {
            if (n.get("label").asText().equals("Harbor Watch Collective")) {
                found = true;
                assertEquals("ORGANIZATION", n.get("type").asText());
            }
        }
        assertTrue(found, g.toString());
    }

    @Test
    void unreadableGazetteerIsOneLineAndExitTwo() throws Exception {
        Path gaz = Files.writeString(dir.resolve("bad.json"), "{not json");
        Path doc = Files.writeString(dir.resolve("a.txt"), "The DEA met Europol.\n");
        int rc = PolicyGraphCli.commandLine(null).execute("extract", "-q", "--gazetteer", gaz.toString(), doc.toString());
        assertEquals(2, rc);
    }
}
