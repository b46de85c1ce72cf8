package org.policygraph.io.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.extract.RuleBasedExtractor;
import org.policygraph.graph.CorpusLoader;
import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.ingest.Ingestor;
import org.policygraph.model.Progress;

class BatchExtractorTest {
    @TempDir
    Path tmp;

    private final BatchExtractor batch = new BatchExtractor(new Ingestor(), RuleBasedExtractor.createDefault(), 2);

    private Path corpus() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "The DEA partners with Europol on darknet cases in Germany.\n");
        Files.writeString(in.resolve("b.txt"), "Operation Grey Wharf, led by HSI, seized fentanyl shipped from China.\n");
        Files.writeString(in.resolve("c.txt"), "The FBI and the DEA arrested vendors in Canada.\n");
        Files.write(in.resolve("bad.txt"), new byte[0]);
        return in;
    }

    @Test
    void resumesWhereItStopped() throws Exception {
        Path in = corpus();
        Path work = tmp.resolve("work");
        BatchExtractor.Result first = batch.run(List.of(in), work, Progress.NONE);
        assertEquals(3, first.processed());
        assertEquals(1, first.problems().size(), "the empty file is a problem, not a crash");
        BatchExtractor.Result again = batch.run(List.of(in), work, Progress.NONE);
        assertEquals(0, again.processed());
        assertEquals(4, again.skippedAsDone());
        Files.writeString(in.resolve("d.txt"), "Europol and Eurojust met in the Netherlands.\n");
        assertEquals(1, batch.run(List.of(in), work, Progress.NONE).processed());
        assertEquals(4, Files.readAllLines(work.resolve(BatchExtractor.JOURNAL)).size());
    }

    @Test
    void mergedJournalEqualsTheInMemoryGraph() throws Exception {
        Path in = corpus();
        Path work = tmp.resolve("work");
        batch.run(List.of(in), work, Progress.NONE);
        KnowledgeGraph fromJournal = BatchExtractor.mergeJournal(work);
        KnowledgeGraph inMemory = new KnowledgeGraph();
        new CorpusLoader(new Ingestor(), RuleBasedExtractor.createDefault()).load(inMemory, List.of(in), Progress.NONE);
        assertEquals(inMemory.entityCount(), fromJournal.entityCount());
        assertEquals(inMemory.relationCount(), fromJournal.relationCount());
        assertTrue(fromJournal.documents().stream().allMatch(d -> d.text().isEmpty()), "no document text is kept");
        assertTrue(fromJournal.find("Operation Grey Wharf").isPresent());
    }

    @Test
    void aTornLastLineIsIgnored() throws Exception {
        Path in = corpus();
        Path work = tmp.resolve("work");
        batch.run(List.of(in), work, Progress.NONE);
        Files.writeString(work.resolve(BatchExtractor.JOURNAL), "{\"doc\":{\"id\":\"x.txt\",\"ti", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        int[] n = {0};
        assertEquals(3, ExtractionJournal.read(work.resolve(BatchExtractor.JOURNAL), x -> n[0]++));
        assertEquals(3, n[0]);
        // the next run starts a fresh line, so its document is not glued to the torn one
        Files.writeString(in.resolve("e.txt"), "The Coast Guard met the Navy.\n");
        batch.run(List.of(in), work, Progress.NONE);
        assertEquals(4, ExtractionJournal.read(work.resolve(BatchExtractor.JOURNAL), x -> { }));
    }
}
