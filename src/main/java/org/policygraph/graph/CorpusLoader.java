package org.policygraph.graph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.policygraph.extract.DocumentExtraction;
import org.policygraph.extract.EntityExtractor;
import org.policygraph.ingest.IngestException;
import org.policygraph.ingest.Ingestor;
import org.policygraph.model.Document;
import org.policygraph.model.Problem;
import org.policygraph.model.Progress;

/**
 * Files to graph: expands folders, reads and extracts documents in parallel (a bounded window, so memory stays
 * flat on big corpora), and merges them in input order so ids and results are stable. A bad file becomes a
 * {@link Problem}; the rest still load. Runs on the caller's thread (a background task in the UI).
 */
public final class CorpusLoader {
    private final Ingestor ingestor;
    private final EntityExtractor extractor;
    private final GraphMerger merger = new GraphMerger();

    public CorpusLoader(Ingestor ingestor, EntityExtractor extractor) {
        this.ingestor = ingestor;
        this.extractor = extractor;
    }

    public LoadReport load(KnowledgeGraph g, List<Path> paths, Progress progress) {
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        List<Path> files = ingestor.expand(paths, p -> {
            problems.add(p);
            progress.problem(p.source(), p.reason());
        });
        List<Document> added = new ArrayList<>();
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), 4));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "policygraph-extract");
            t.setDaemon(true);
            return t;
        });
        boolean cancelled = false;
        try {
            int window = threads * 2;
            List<Future<Optional<DocumentExtraction>>> inFlight = new ArrayList<>();
            int next = 0;
            for (int done = 0; done < files.size(); done++) {
                while (next < files.size() && inFlight.size() < window) {
                    Path f = files.get(next++);
                    inFlight.add(pool.submit(() -> readAndExtract(f, problems, progress)));
                }
                if (progress.isCancelled()) {
                    cancelled = true;
                    break;
                }
                Optional<DocumentExtraction> x = inFlight.remove(0).get();
                x.ifPresent(e -> added.add(merger.merge(g, e)));
                progress.update(done + 1, files.size(), files.get(done).getFileName().toString());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancelled = true;
        } catch (ExecutionException e) {
            throw new IllegalStateException("extraction failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new LoadReport(added, List.copyOf(problems), cancelled);
    }

    private Optional<DocumentExtraction> readAndExtract(Path f, List<Problem> problems, Progress progress) {
        try {
            Document d = ingestor.read(f);
            return Optional.of(extractor.extract(d));
        } catch (IngestException e) {
            problems.add(new Problem(f.toString(), e.getMessage()));
            progress.problem(f.toString(), e.getMessage());
            return Optional.empty();
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            String reason = "could not be processed (" + e.getClass().getSimpleName() + ")";
            problems.add(new Problem(f.toString(), reason));
            progress.problem(f.toString(), reason);
            return Optional.empty();
        }
    }
}
