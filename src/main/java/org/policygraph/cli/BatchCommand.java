package org.policygraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.policygraph.extract.RuleBasedExtractor;
import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.ingest.Ingestor;
import org.policygraph.io.ExportFormat;
import org.policygraph.io.Exporters;
import org.policygraph.io.batch.BatchExtractor;
import org.policygraph.model.Problem;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `batch --work DIR [--threads N] [--export FILE --format F] PATH...`: resumable extraction of big corpora. */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = "Extract a large corpus headless with bounded memory, in parallel, resumably.%n"
                + "Results accumulate in DIR/extractions.jsonl; finished files are listed in DIR/done.txt, so running the "
                + "same command again continues where it stopped. --export builds the merged graph at the end.")
public final class BatchCommand implements Callable<Integer> {
    @Option(names = {"-w", "--work"}, required = true, description = "work folder (journal and checkpoint)")
    Path work;

    @Option(names = {"-t", "--threads"}, description = "worker threads (default: number of cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-e", "--export"}, description = "write the merged graph here when done (CSV and Neo4j: a folder)")
    Path export;

    @Option(names = {"-f", "--format"}, defaultValue = "json", description = "json, graphml, gexf, csv or neo4j")
    String format;

    @Option(names = {"-q", "--quiet"}, description = "no progress on stderr")
    boolean quiet;

    @Parameters(arity = "1..*", paramLabel = "PATH")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        ExportFormat fmt = ExtractCommand.parseFormat("batch", format);
        if (fmt == null) return 2;
        long t0 = System.nanoTime();
        BatchExtractor.Result r = new BatchExtractor(new Ingestor(), RuleBasedExtractor.createDefault(), threads)
                .run(paths, work, new StderrProgress(quiet));
        double s = (System.nanoTime() - t0) / 1e9;
        for (Problem p : r.problems()) System.err.println("skipped " + p.source() + ": " + p.reason());
        System.err.printf("batch: %d documents extracted (%.1f MB in %.1f s), %d already done, %d problems%n",
                r.processed(), r.bytes() / 1e6, s, r.skippedAsDone(), r.problems().size());
        if (export != null) {
            KnowledgeGraph g = BatchExtractor.mergeJournal(work);
            Exporters.forFormat(fmt).write(g, export);
            System.err.printf("wrote %s: %d nodes, %d edges from %d documents%n", export, g.entityCount(), g.relationCount(), g.documents().size());
        }
        return r.problems().isEmpty() ? 0 : 1;
    }
}
