package org.policygraph.graph.corrections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorrectionsJsonTest {
    /** The example from issue 5, verbatim apart from the placeholders. */
    private static final String ISSUE_EXAMPLE = """
            {"corrections":[
             {"op":"merge","into":"Drug Enforcement Administration","from":["Special Operations Division"]},
             {"op":"rename","entity":"NTC","to":"National Targeting Center"},
             {"op":"retype","entity":"Sinaloa","type":"ORGANIZATION"},
             {"op":"addAlias","entity":"Europol","alias":"European Union Agency for Law Enforcement Cooperation"},
             {"op":"removeAlias","entity":"Drug Enforcement Administration","alias":"DEA"},
             {"op":"splitAlias","entity":"Special Operations Division","alias":"SOD"},
             {"op":"delete","entity":"Captcha"},
             {"op":"addEntity","label":"Interpol","type":"AGENCY","aliases":["ICPO"]},
             {"op":"addRelation","source":"FBI","target":"Europol","type":"PARTNERS_WITH","note":"joint press release"},
             {"op":"deleteRelation","source":"A","target":"B","type":"CO_OCCURS"},
             {"op":"retypeRelation","source":"A","target":"B","type":"CO_OCCURS","to":"PARTNERS_WITH"},
             {"op":"note","entity":"FBI","note":"federal"},
             {"op":"note","source":"A","target":"B","type":"PARTNERS_WITH","note":"since 2001"}]}
            """;

    private static final List<Correction> EXPECTED = List.of(
            new Correction.Merge("Drug Enforcement Administration", List.of("Special Operations Division")),
            new Correction.Rename("NTC", "National Targeting Center"),
            new Correction.Retype("Sinaloa", "ORGANIZATION"),
            new Correction.AddAlias("Europol", "European Union Agency for Law Enforcement Cooperation"),
            new Correction.RemoveAlias("Drug Enforcement Administration", "DEA"),
            new Correction.SplitAlias("Special Operations Division", "SOD"),
            new Correction.Delete("Captcha"),
            new Correction.AddEntity("Interpol", "AGENCY", List.of("ICPO")),
            new Correction.AddRelation("FBI", "Europol", "PARTNERS_WITH", "joint press release"),
            new Correction.DeleteRelation("A", "B", "CO_OCCURS"),
            new Correction.RetypeRelation("A", "B", "CO_OCCURS", "PARTNERS_WITH"),
            new Correction.EntityNote("FBI", "federal"),
            new Correction.RelationNote("A", "B", "PARTNERS_WITH", "since 2001"));

    @Test
    void readsEveryOpOfTheIssueFormat() throws CorrectionsException {
        assertEquals(EXPECTED, CorrectionsJson.parse(ISSUE_EXAMPLE, "c.json").corrections());
    }

    @Test
    void writesOneCorrectionPerLineInAStableOrderAndReadsItBack(@TempDir Path dir) throws Exception {
        CorrectionSet set = new CorrectionSet(EXPECTED);
        String json = CorrectionsJson.toJson(set);
        assertEquals("""
                {
                "corrections":[
                  {"op":"merge","into":"Drug Enforcement Administration","from":["Special Operations Division"]},
                  {"op":"rename","entity":"NTC","to":"National Targeting Center"},
                  {"op":"retype","entity":"Sinaloa","type":"ORGANIZATION"},
                  {"op":"addAlias","entity":"Europol","alias":"European Union Agency for Law Enforcement Cooperation"},
                  {"op":"removeAlias","entity":"Drug Enforcement Administration","alias":"DEA"},
                  {"op":"splitAlias","entity":"Special Operations Division","alias":"SOD"},
                  {"op":"delete","entity":"Captcha"},
                  {"op":"addEntity","label":"Interpol","type":"AGENCY","aliases":["ICPO"]},
                  {"op":"addRelation","source":"FBI","target":"Europol","type":"PARTNERS_WITH","note":"joint press release"},
                  {"op":"deleteRelation","source":"A","target":"B","type":"CO_OCCURS"},
                  {"op":"retypeRelation","source":"A","target":"B","type":"CO_OCCURS","to":"PARTNERS_WITH"},
                  {"op":"note","entity":"FBI","note":"federal"},
                  {"op":"note","source":"A","target":"B","type":"PARTNERS_WITH","note":"since 2001"}
                ]
                }
                """, json);
        Path file = dir.resolve("corrections.json");
        Files.writeString(file, json);
        assertEquals(set, CorrectionsJson.read(file));
    }

    @Test
    void plainMapsForProjectFilesRoundTrip() throws CorrectionsException {
        CorrectionSet set = new CorrectionSet(EXPECTED);
        List<java.util.Map<String, Object>> maps = CorrectionsJson.toMaps(set);
        assertEquals(java.util.Map.of("op", "merge", "into", "Drug Enforcement Administration",
                "from", List.of("Special Operations Division")), maps.get(0));
        assertEquals(List.of("op", "entity", "to"), List.copyOf(maps.get(1).keySet()), "stable field order");
        assertEquals(set, CorrectionsJson.fromMaps(maps, "p.policygraph"));
        assertEquals("p.policygraph: correction 1: unknown op \"nope\" (use merge, rename, retype, addAlias, removeAlias, "
                + "splitAlias, delete, addEntity, addRelation, deleteRelation, retypeRelation or note)",
                assertThrows(CorrectionsException.class,
                        () -> CorrectionsJson.fromMaps(List.of(java.util.Map.of("op", "nope")), "p.policygraph")).getMessage());
    }

    @Test
    void optionalFieldsAreLeftOutAndReadBackAsAbsent() throws CorrectionsException {
        CorrectionSet set = CorrectionSet.of(new Correction.AddRelation("FBI", "Europol", "PARTNERS_WITH", null),
                new Correction.AddEntity("Interpol", "AGENCY", List.of()), new Correction.EntityNote("FBI", null));
        String json = CorrectionsJson.toJson(set);
        assertFalse(json.contains("null"), json);
        assertFalse(json.contains("aliases"), json);
        assertEquals(set, CorrectionsJson.parse(json, "x"));
        assertEquals("{\n\"corrections\":[]\n}\n", CorrectionsJson.toJson(CorrectionSet.EMPTY));
        assertTrue(CorrectionsJson.parse(CorrectionsJson.toJson(CorrectionSet.EMPTY), "x").isEmpty());
    }

    @Test
    void textSurvivesQuotesAndNonAsciiNames() throws CorrectionsException {
        CorrectionSet set = CorrectionSet.of(new Correction.Rename("Policía Federal", "\"PF\" \\ Mexico"));
        assertEquals(set, CorrectionsJson.parse(CorrectionsJson.toJson(set), "x"));
    }

    private static String problem(String json) {
        return assertThrows(CorrectionsException.class, () -> CorrectionsJson.parse(json, "my-corrections.json")).getMessage();
    }

    @Test
    void malformedFilesGiveOneLineNamingFileAndProblem() {
        assertEquals("my-corrections.json: correction 2 (line 3): unknown op \"mrege\" (use merge, rename, retype, addAlias, "
                + "removeAlias, splitAlias, delete, addEntity, addRelation, deleteRelation, retypeRelation or note)",
                problem("{\"corrections\":[\n {\"op\":\"delete\",\"entity\":\"X\"},\n {\"op\":\"mrege\",\"into\":\"A\",\"from\":[\"B\"]}]}"));
        assertEquals("my-corrections.json: correction 1 (line 1): missing field \"into\"",
                problem("{\"corrections\":[{\"op\":\"merge\",\"from\":[\"B\"]}]}"));
        assertEquals("my-corrections.json: correction 1 (line 1): missing field \"op\"",
                problem("{\"corrections\":[{\"entity\":\"B\"}]}"));
        assertEquals("my-corrections.json: correction 1 (line 1): unknown field \"notes\"",
                problem("{\"corrections\":[{\"op\":\"addRelation\",\"source\":\"A\",\"target\":\"B\",\"type\":\"T\",\"notes\":\"x\"}]}"));
        assertEquals("my-corrections.json: correction 1 (line 1): field \"entity\" must be text",
                problem("{\"corrections\":[{\"op\":\"delete\",\"entity\":3}]}"));
        assertEquals("my-corrections.json: correction 1 (line 1): field \"from\" is empty",
                problem("{\"corrections\":[{\"op\":\"merge\",\"into\":\"A\",\"from\":[]}]}"));
        assertEquals("my-corrections.json: correction 1 (line 1): expected an object {...}",
                problem("{\"corrections\":[\"delete Captcha\"]}"));
        assertEquals("my-corrections.json: missing field \"corrections\"", problem("{\"correction\":[]}"));
        assertEquals("my-corrections.json: \"corrections\" must be a list", problem("{\"corrections\":{}}"));
        assertEquals("my-corrections.json: expected a JSON object {\"corrections\":[...]}", problem("[]"));
        String bad = problem("{\"corrections\":[\n {\"op\":\"delete\",\"entity\":\"X\"}\n {\"op\":\"delete\"}]}");
        assertTrue(bad.startsWith("my-corrections.json: bad JSON at line 3: "), bad);
        assertFalse(bad.contains("\n"), bad);
        assertTrue(problem("").startsWith("my-corrections.json: "));
        assertEquals("my-corrections.json: bad JSON at line 2: Unexpected end-of-input: expected close marker for Array",
                problem("{\"corrections\":[\n{\"op\":\"delete\"}"));
        String trailing = problem("{\"corrections\":[]}\n}");
        assertTrue(trailing.startsWith("my-corrections.json: bad JSON at line 2"), trailing);
    }

    @Test
    void unreadableFileIsNamed(@TempDir Path dir) throws IOException {
        Path missing = dir.resolve("nope.json");
        assertEquals(missing + ": file not found",
                assertThrows(CorrectionsException.class, () -> CorrectionsJson.read(missing)).getMessage());
        Path latin1 = dir.resolve("latin1.json");
        Files.write(latin1, new byte[] {'{', '"', (byte) 0xE9, '"', ':', '1', '}'});
        assertEquals(latin1 + ": not UTF-8 text",
                assertThrows(CorrectionsException.class, () -> CorrectionsJson.read(latin1)).getMessage());
    }

    @Test
    void otherTopLevelFieldsAreIgnoredSoAProjectCanEmbedTheList() throws CorrectionsException {
        CorrectionSet set = CorrectionsJson.parse("{\"version\":1,\"view\":{\"zoom\":[1,2]},\"corrections\":[{\"op\":\"delete\",\"entity\":\"X\"}]}", "p");
        assertEquals(List.of(new Correction.Delete("X")), set.corrections());
    }
}
