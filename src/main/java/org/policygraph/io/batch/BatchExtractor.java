package org.policygraph.io.batch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.policygraph.extract.DocumentExtraction;
import org.policygraph.extract.EntityExtractor;
import org.policygraph.graph.GraphMerger;
import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.ingest.IngestException;
import org.policygraph.ingest.Ingestor;
import org.policygraph.model.Document;
import org.policygraph.model.Problem;
import org.policygraph.model.Progress;

/**
 * Extracts a large corpus into a work folder: {@code extractions.jsonl} (one line per document) and
 * {@code done.txt} (the files finished, for resuming). At most {@code threads * 2} documents are in memory at
 * once and their text is dropped after extraction, so memory stays flat however big the corpus is.
 */
public final class BatchExtractor {
    public static final String JOURNAL = "extractions.jsonl";
    public static final String CHECKPOINT = "done.txt";
    public static final String PROBLEMS = "problems.txt";

    /** Outcome of one run. */
    public record Result(int processed, int skippedAsDone, List<Problem> problems, long bytes, boolean cancelled) {
    }

    private final Ingestor ingestor;
    private final EntityExtractor extractor;
    private final int threads;

    public BatchExtractor(Ingestor ingestor, EntityExtractor extractor, int threads) {
        this.ingestor = ingestor;
        this.extractor = extractor;
        this.threads = Math.max(1, threads);
    }

    public Result run(List<Path> inputs, Path workDir, Progress progress) throws IOException {
        Files.createDirectories(workDir);
        Path checkpoint = workDir.resolve(CHECKPOINT);
        Set<String> done = new HashSet<>();
        if (Files.exists(checkpoint)) done.addAll(Files.readAllLines(checkpoint, StandardCharsets.UTF_8));
        List<Problem> problems = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        int skipped = 0;
        for (Path f : ingestor.expand(inputs, problems::add)) {
            if (done.contains(key(f))) skipped++;
            else files.add(f);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "policygraph-batch");
            t.setDaemon(true);
            return t;
        });
        int processed = 0;
        long bytes = 0;
        boolean cancelled = false;
        try (ExtractionJournal journal = new ExtractionJournal(workDir.resolve(JOURNAL));
             BufferedWriter doneOut = Files.newBufferedWriter(checkpoint, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
             BufferedWriter problemOut = Files.newBufferedWriter(workDir.resolve(PROBLEMS), StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            List<Future<Object>> window = new ArrayList<>();
            int next = 0;
            for (int i = 0; i < files.size(); i++) {
                while (next < files.size() && window.size() < threads * 2) {
                    Path f = files.get(next++);
                    window.add(pool.submit(() -> readAndExtract(f)));
                }
                if (progress.isCancelled()) {
                    cancelled = true;
                    break;
                }
                Object r = window.remove(0).get();
                Path f = files.get(i);
                if (r instanceof DocumentExtraction x) {
                    bytes += x.document().text().length();
                    journal.append(withoutText(x));
                    processed++;
                } else {
                    Problem p = new Problem(f.toString(), (String) r);
                    problems.add(p);
                    problemOut.write(p + "\n");
                    problemOut.flush();
                }
                // the checkpoint follows the journal, so a crash between the two re-does one document at worst
                doneOut.write(key(f) + "\n");
                doneOut.flush();
                progress.update(i + 1, files.size(), f.getFileName().toString());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancelled = true;
        } catch (ExecutionException e) {
            throw new IOException("batch extraction failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new Result(processed, skipped, problems, bytes, cancelled);
    }

    private Object readAndExtract(Path f) {
        try {
            Document d = ingestor.read(f);
            return extractor.extract(d);
        } catch (IngestException e) {
            return e.getMessage();
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            return "could not be processed (" + e.getClass().getSimpleName() + ")";
        }
    }

    private static DocumentExtraction withoutText(DocumentExtraction x) {
        Document d = x.document();
        return new DocumentExtraction(new Document(d.id(), d.title(), d.path(), d.date(), ""), x.entities(), x.relations());
    }

    /** What identifies a finished file: its absolute path, size and modification time. */
    static String key(Path f) {
        try {
            return f.toAbsolutePath() + "\t" + Files.size(f) + "\t" + Files.getLastModifiedTime(f).toMillis();
        } catch (IOException e) {
            return f.toAbsolutePath().toString();
        }
    }

    /** Builds the merged graph from a work folder's journal, one document at a time. */
    public static KnowledgeGraph mergeJournal(Path workDir) throws IOException {
        KnowledgeGraph g = new KnowledgeGraph();
        GraphMerger merger = new GraphMerger();
        ExtractionJournal.read(workDir.resolve(JOURNAL), x -> merger.merge(g, x));
        return g;
    }
}
