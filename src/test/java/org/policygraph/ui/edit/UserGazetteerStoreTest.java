package org.policygraph.ui.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.extract.DocumentExtraction;
import org.policygraph.model.Document;

/** Names taught in the app land in the user gazetteer file, and the next extractor finds them. */
class UserGazetteerStoreTest {
    @TempDir
    Path home;

    @Test
    void aTaughtNameIsSavedAndFoundByTheNextExtractor() throws Exception {
        UserGazetteerStore store = new UserGazetteerStore(home.resolve("gazetteer.json"));
        Document d = new Document("d", "D", "d.txt", null,
                "Officers of the harbour unit known as Quillmark inspected containers in Rotterdam on Monday.");
        DocumentExtraction before = store.extractor().extract(d);
        assertTrue(before.entities().stream().noneMatch(e -> e.label().equals("Quillmark Harbour Authority")), before.entities().toString());

        store.add("Quillmark Harbour Authority", "AGENCY", List.of("Quillmark", " "));
        store.add("Quillmark Harbour Authority", "AGENCY", List.of("Quillmark"));
        assertEquals(1, store.read().entities().size(), "taught twice, kept once");
        assertTrue(Files.readString(store.file()).contains("\"entities\""));
        DocumentExtraction x = store.extractor().extract(d);
        assertTrue(x.entities().stream().anyMatch(e -> e.label().equals("Quillmark Harbour Authority") && e.type().equals("AGENCY")),
                x.entities().toString());
    }

    @Test
    void theHomeFolderComesFromTheSystemProperty() {
        String old = System.getProperty(UserGazetteerStore.HOME_PROPERTY);
        try {
            System.setProperty(UserGazetteerStore.HOME_PROPERTY, home.toString());
            assertEquals(home.resolve("gazetteer.json"), UserGazetteerStore.atHome().file());
        } finally {
            if (old == null) System.clearProperty(UserGazetteerStore.HOME_PROPERTY);
            else System.setProperty(UserGazetteerStore.HOME_PROPERTY, old);
        }
    }

    @Test
    void aNewTypeIsAddedToTheFileAndTheOntology() throws Exception {
        UserGazetteerStore store = new UserGazetteerStore(home.resolve("gazetteer.json"));
        store.add("Port of Quillmark Authority", "Port authority", List.of("PQA"), org.policygraph.extract.Ontology.defaults());
        store.add("Harbour Board of Elsewhere", "Port authority", List.of(), org.policygraph.extract.Ontology.defaults());
        var read = store.read();
        assertEquals(1, read.entityTypes().size(), "the new type once");
        assertEquals("PORT_AUTHORITY", read.entityTypes().get(0).name());
        assertEquals("Port authority", read.entityTypes().get(0).label());
        assertEquals("PORT_AUTHORITY", read.entities().get(0).type());
        assertEquals("Port authority", store.ontology().entityType("PORT_AUTHORITY").label());
        assertTrue(store.ontology().typeNames().contains("AGENCY"), "the built-in types stay");
        DocumentExtraction x = store.extractor().extract(new Document("d", "D", "d.txt", null,
                "Inspectors from PQA checked the cargo."));
        assertTrue(x.entities().stream().anyMatch(e -> e.label().equals("Port of Quillmark Authority")
                && e.type().equals("PORT_AUTHORITY")), x.entities().toString());
    }
}
