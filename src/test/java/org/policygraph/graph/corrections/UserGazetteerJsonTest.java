package org.policygraph.graph.corrections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.extract.GazetteerEntry;
import org.policygraph.extract.Ontology;
import org.policygraph.model.EntityType;

class UserGazetteerJsonTest {
    @Test
    void roundTripsTypesAndEntities(@TempDir Path dir) throws Exception {
        UserGazetteer g = new UserGazetteer(
                List.of(new EntityType("TASK_FORCE", "Task force", "#aa5500", "star", false)),
                List.of(new GazetteerEntry("Joint Interagency Task Force South", "TASK_FORCE", List.of("JIATF-South", "JIATF-S"),
                                "U.S. Southern Command", null),
                        new GazetteerEntry("Interpol", "AGENCY", List.of(), null, null),
                        new GazetteerEntry("Freedonia", "COUNTRY", List.of("Republic of Freedonia"), null, List.of("Freedonian"))));
        String json = UserGazetteerJson.toJson(g);
        assertEquals("""
                {
                "entityTypes":[
                  {"name":"TASK_FORCE","label":"Task force","color":"#aa5500","shape":"star","core":false}
                ],
                "entities":[
                  {"name":"Joint Interagency Task Force South","type":"TASK_FORCE","aliases":["JIATF-South","JIATF-S"],"parent":"U.S. Southern Command"},
                  {"name":"Interpol","type":"AGENCY","aliases":[]},
                  {"name":"Freedonia","type":"COUNTRY","aliases":["Republic of Freedonia"],"demonyms":["Freedonian"]}
                ]
                }
                """, json);
        Path file = dir.resolve("gazetteer.json");
        Files.writeString(file, json);
        assertEquals(g, UserGazetteerJson.read(file));
    }

    @Test
    void theOntologyReadsTheSameFileForItsTypes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("user.json");
        Files.writeString(file, UserGazetteerJson.toJson(new UserGazetteer(
                List.of(new EntityType("TASK_FORCE", "Task force", "#aa5500", "star", false)), List.of())));
        EntityType t = Ontology.withUserFile(file).entityType("TASK_FORCE");
        assertEquals(new EntityType("TASK_FORCE", "Task force", "#aa5500", "star", false), t);
        assertEquals("#1f6fb4", Ontology.withUserFile(file).entityType("AGENCY").color(), "built-in types stay");
    }

    @Test
    void missingListsAndTypeDetailsGetDefaults() throws CorrectionsException {
        UserGazetteer g = UserGazetteerJson.parse("{\"entityTypes\":[{\"name\":\"CARTEL\"}]}", "g.json");
        assertEquals(List.of(new EntityType("CARTEL", "CARTEL", "#888888", "circle", false)), g.entityTypes());
        assertEquals(List.of(), g.entities());
        assertEquals(UserGazetteer.EMPTY, UserGazetteerJson.parse("{}", "g.json"));
    }

    @Test
    void malformedEntriesAreNamed() {
        assertEquals("g.json: entry 1 (line 2): missing field \"type\"",
                assertThrows(CorrectionsException.class,
                        () -> UserGazetteerJson.parse("{\"entities\":[\n{\"name\":\"Interpol\"}]}", "g.json")).getMessage());
        assertEquals("g.json: entry 1 (line 1): field \"core\" must be true or false",
                assertThrows(CorrectionsException.class,
                        () -> UserGazetteerJson.parse("{\"entityTypes\":[{\"name\":\"X\",\"core\":\"yes\"}]}", "g.json")).getMessage());
        assertEquals("g.json: entry 1 (line 1): unknown field \"alias\"",
                assertThrows(CorrectionsException.class,
                        () -> UserGazetteerJson.parse("{\"entities\":[{\"name\":\"X\",\"type\":\"AGENCY\",\"alias\":\"Y\"}]}", "g.json")).getMessage());
    }
}
