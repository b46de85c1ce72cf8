package org.policygraph.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.policygraph.extract.DocumentExtraction;
import org.policygraph.extract.EntityExtractor;
import org.policygraph.extract.RuleBasedExtractor;
import org.policygraph.graph.CorpusLoader;
import org.policygraph.graph.GraphGenerator;
import org.policygraph.graph.GraphMerger;
import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.graph.LoadReport;
import org.policygraph.ingest.Ingestor;
import org.policygraph.io.UiBenchmarks;
import org.policygraph.layout.GraphLayouter;
import org.policygraph.layout.LayoutKind;
import org.policygraph.model.Document;
import org.policygraph.model.Progress;

/**
 * The benchmark workloads, each returning its figures as a JSON object. {@code scale} shrinks every workload
 * (1 = the published sizes; tests use a tiny scale). Each timed run follows an untimed warm-up.
 */
final class BenchWorkloads {
    static final long EXTRACT_BYTES = 20L * 1024 * 1024;
    static final int[] MENTIONS = {10_000, 100_000};
    static final int[] LAYOUT_NODES = {500, 2_000, 5_000, 20_000};
    static final int EDGES_PER_NODE = 3;
    /** A layout slower than this skips the larger sizes, so `bench all` stays within a few minutes. */
    static final long LAYOUT_BUDGET_MS = 60_000;
    /** Text for the JIT warm-up passes before extraction is timed. */
    static final long WARMUP_BYTES = 4L * 1024 * 1024;
    /** Warm-up stops when two passes in a row agree this closely, or after {@link #WARMUP_BUDGET_MS}. */
    static final int WARM_AGREEMENT_PERCENT = 3;
    static final long WARMUP_BUDGET_MS = 40_000;
    static final long WARMUP_MIN_MS = 12_000;
    /** Timed passes over the extraction corpus; the reported figure is their median. */
    static final int TIMED_PASSES = 3;
    /** Extraction stops after this long and reports what it read (flagged incomplete), so a slow build cannot hang the run. */
    static final long EXTRACT_BUDGET_MS = 90_000;
    static final long LOAD_BUDGET_MS = 30_000;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private final double scale;
    private final GraphLayouter layouter;
    private final UiBenchmarks ui;

    BenchWorkloads(double scale, GraphLayouter layouter, UiBenchmarks ui) {
        this.scale = scale;
        this.layouter = layouter;
        this.ui = ui;
    }

    /** The thread count CorpusLoader uses, so the figure matches what loading a corpus gets. */
    static int loaderThreads() {
        return Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), 4));
    }

    ObjectNode machine() {
        ObjectNode m = JSON.objectNode();
        Runtime rt = Runtime.getRuntime();
        m.put("cores", rt.availableProcessors());
        m.put("max_heap_mb", rt.maxMemory() / (1024 * 1024));
        m.put("java_version", System.getProperty("java.version"));
        m.put("java_vm", System.getProperty("java.vm.name"));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        m.put("scale", scale);
        return m;
    }

    /**
     * Extraction throughput in steady state, and on first contact. The JIT needs many passes before the rule
     * engine runs at full speed, and on two cores a compiler thread competes with two extraction threads, so:
     * one pass over a warm-up corpus with all threads (the cold figure, what a short run sees), then single-thread
     * passes (leaving a core to the compiler) for at least {@value #WARMUP_MIN_MS} ms and until three in a row agree
     * within {@value #WARM_AGREEMENT_PERCENT} % (at most {@value #WARMUP_BUDGET_MS} ms), then one untimed pass on all
     * threads, then {@value #TIMED_PASSES} timed passes over the 20 MB corpus with all threads, reported as their
     * median (each pass is listed too).
     */
    ObjectNode extract() throws Exception {
        List<Document> docs = new BenchCorpus().documents(Math.max(64 * 1024, (long) (EXTRACT_BYTES * scale)),
                BenchCorpus.SEED_DEFAULT);
        List<Document> warm = new BenchCorpus().documents(Math.max(32 * 1024, (long) (WARMUP_BYTES * scale)),
                BenchCorpus.SEED_DEFAULT + 7);
        EntityExtractor x = RuleBasedExtractor.createDefault();
        int threads = loaderThreads();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "bench-extract");
            t.setDaemon(true);
            return t;
        });
        try {
            long warmBytes = BenchCorpus.utf8Bytes(warm);
            long c0 = System.nanoTime();
            extractAll(pool, x, warm);
            double cold = warmBytes / 1e6 / ((System.nanoTime() - c0) / 1e9);
            long w0 = System.nanoTime();
            int passes = 0;
            double previous = 0, rate = 0;
            double budget = Math.min(1, scale * 10);
            int agreeing = 0;
            while ((System.nanoTime() - w0) / 1_000_000 < WARMUP_BUDGET_MS * budget) {
                long p0 = System.nanoTime();
                for (Document d : warm) x.extract(d);
                rate = warmBytes / 1e6 / ((System.nanoTime() - p0) / 1e9);
                passes++;
                agreeing = Math.abs(rate - previous) <= previous * WARM_AGREEMENT_PERCENT / 100.0 ? agreeing + 1 : 0;
                previous = rate;
                // the JIT improves in steps, with flat stretches between: a minimum time, then a steady run of passes
                if ((System.nanoTime() - w0) / 1_000_000 >= WARMUP_MIN_MS * budget && agreeing >= 2) break;
            }
            double warmupSeconds = (System.nanoTime() - w0) / 1e9;

            extractAll(pool, x, warm); // one untimed pass on all threads, so the timed one starts in step

            // TIMED_PASSES passes over the whole corpus; the figure is their median, each pass is listed
            List<Double> rates = new ArrayList<>();
            long[] found = new long[3];
            int done = 0;
            double s = 0;
            long budgetEnd = System.nanoTime() + EXTRACT_BUDGET_MS * 1_000_000;
            for (int pass = 0; pass < TIMED_PASSES && (pass == 0 || System.nanoTime() < budgetEnd); pass++) {
                long[] counted = timedPass(pool, x, docs, budgetEnd);
                if (pass == 0) {
                    found = counted;
                    done = (int) counted[3];
                }
                s = counted[4] / 1e9;
                rates.add(counted[2] / 1e6 / s);
                if (counted[3] < docs.size()) break; // out of time: this pass is partial, do not start another
            }
            List<Double> sorted = new ArrayList<>(rates);
            sorted.sort(null);
            double median = sorted.get(sorted.size() / 2);
            long bytes = found[2];
            ObjectNode o = JSON.objectNode();
            o.put("mb_per_s", round(median, 2));
            o.put("input_bytes", bytes);
            o.put("complete", done == docs.size());
            if (done < docs.size()) {
                o.put("note", "stopped after " + EXTRACT_BUDGET_MS / 1000 + " s: " + done + " of " + docs.size() + " documents read");
            }
            o.put("documents", done);
            o.put("seconds", round(found[4] / 1e9, 3));
            o.put("threads", threads);
            o.put("entities_found", found[0]);
            o.put("relations_found", found[1]);
            ArrayNode passRates = o.putArray("timed_passes_mb_per_s");
            for (double r : rates) passRates.add(round(r, 2));
            o.put("cold_mb_per_s", round(cold, 2));
            o.put("warmup_bytes", warmBytes);
            o.put("warmup_passes", passes);
            o.put("warmup_seconds", round(warmupSeconds, 1));
            o.put("warm_single_thread_mb_per_s", round(rate, 2));
            return o;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * One pass over {@code docs} on the pool, every document queued at once (no batches waiting for their slowest
     * member). Each task keeps only its counts, so the extractions are garbage at once, as in a streaming batch;
     * past the deadline the remaining tasks return without extracting.
     *
     * @return entities, relations, bytes read, documents read, nanoseconds
     */
    private static long[] timedPass(ExecutorService pool, EntityExtractor x, List<Document> docs, long deadline)
            throws InterruptedException, ExecutionException {
        long t0 = System.nanoTime();
        List<Future<long[]>> futures = new ArrayList<>(docs.size());
        for (Document d : docs) {
            futures.add(pool.submit(() -> {
                if (System.nanoTime() >= deadline) return null;
                DocumentExtraction e = x.extract(d);
                return new long[] {e.entities().size(), e.relations().size()};
            }));
        }
        long[] found = new long[5];
        for (int i = 0; i < futures.size(); i++) {
            long[] e = futures.get(i).get();
            if (e == null) continue;
            found[0] += e[0];
            found[1] += e[1];
            found[2] += BenchCorpus.utf8Bytes(List.of(docs.get(i)));
            found[3]++;
        }
        found[4] = System.nanoTime() - t0;
        return found;
    }

    /** One untimed pass over {@code docs} on the pool. */
    private static void extractAll(ExecutorService pool, EntityExtractor x, List<Document> docs)
            throws InterruptedException, ExecutionException {
        timedPass(pool, x, docs, Long.MAX_VALUE);
    }

    /** Files on disk to graph through CorpusLoader (read, clean, extract, merge): what a user waits for. */
    ObjectNode corpusLoad() throws IOException {
        List<Document> docs = new BenchCorpus().documents(Math.max(64 * 1024, (long) (EXTRACT_BYTES * scale / 4)),
                BenchCorpus.SEED_DEFAULT + 1);
        Path dir = Files.createTempDirectory("policygraph-bench");
        try {
            for (Document d : docs) Files.writeString(dir.resolve(d.id()), d.text());
            CorpusLoader loader = new CorpusLoader(new Ingestor(), RuleBasedExtractor.createDefault());
            loader.load(new KnowledgeGraph(), List.of(dir.resolve(docs.get(0).id())), Progress.NONE);
            KnowledgeGraph g = new KnowledgeGraph();
            long t0 = System.nanoTime();
            LoadReport report = loader.load(g, List.of(dir), new Progress() {
                @Override public void update(long done, long total, String message) { }
                @Override public boolean isCancelled() { return (System.nanoTime() - t0) / 1_000_000 > LOAD_BUDGET_MS; }
            });
            double s = (System.nanoTime() - t0) / 1e9;
            long bytes = 0;
            for (Document d : report.documents()) bytes += d.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            ObjectNode o = JSON.objectNode();
            o.put("mb_per_s", round(bytes / 1e6 / s, 2));
            o.put("clean_text_bytes", bytes);
            o.put("files", report.documents().size());
            o.put("complete", !report.cancelled());
            o.put("seconds", round(s, 3));
            o.put("nodes", g.entityCount());
            o.put("edges", g.relationCount());
            return o;
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    ObjectNode graph() {
        GraphMerger merger = new GraphMerger();
        mergeAll(merger, new KnowledgeGraph(), BenchGraphs.extractions(scaled(MENTIONS[0], 200), 1));
        ObjectNode o = JSON.objectNode();
        for (int full : MENTIONS) {
            int n = scaled(full, 200);
            List<DocumentExtraction> first = BenchGraphs.extractions(n, 2);
            List<DocumentExtraction> second = BenchGraphs.extractions(n, 3);
            KnowledgeGraph g = new KnowledgeGraph();
            long t0 = System.nanoTime();
            mergeAll(merger, g, first);
            long build = System.nanoTime() - t0;
            int nodes = g.entityCount(), edges = g.relationCount();
            t0 = System.nanoTime();
            mergeAll(merger, g, second);
            long merge = System.nanoTime() - t0;
            ObjectNode r = o.putObject("mentions_" + full);
            r.put("mentions", n);
            r.put("build_ms", round(build / 1e6, 1));
            r.put("merge_ms", round(merge / 1e6, 1));
            r.put("nodes", nodes);
            r.put("edges", edges);
            r.put("nodes_after_merge", g.entityCount());
        }
        return o;
    }

    private static void mergeAll(GraphMerger merger, KnowledgeGraph g, List<DocumentExtraction> xs) {
        for (DocumentExtraction x : xs) merger.merge(g, x);
    }

    ObjectNode layout() {
        ObjectNode o = JSON.objectNode();
        KnowledgeGraph warm = new GraphGenerator(7).generate(scaled(500, 20), scaled(500, 20) * EDGES_PER_NODE);
        layoutOnce(warm);
        long slowest = 0;
        for (int full : LAYOUT_NODES) {
            String key = "nodes_" + full;
            if (slowest > LAYOUT_BUDGET_MS) {
                o.putNull(key + "_ms");
                o.put(key + "_note", "skipped: a smaller layout took over " + LAYOUT_BUDGET_MS / 1000 + " s");
                continue;
            }
            int n = scaled(full, 20);
            KnowledgeGraph g = new GraphGenerator(full).generate(n, n * EDGES_PER_NODE);
            long ms = layoutOnce(g);
            slowest = Math.max(slowest, ms);
            o.put(key + "_ms", ms);
            o.put(key + "_edges", g.relationCount());
        }
        o.put("kind", LayoutKind.FORCE.name());
        o.put("layouter", layouter.getClass().getSimpleName());
        return o;
    }

    private long layoutOnce(KnowledgeGraph g) {
        double side = Math.sqrt(g.entityCount()) * 80;
        long t0 = System.nanoTime();
        layouter.layout(g.graph(), LayoutKind.FORCE, side, side, Map.of(), Progress.NONE);
        return (System.nanoTime() - t0) / 1_000_000;
    }

    ObjectNode memory() {
        int n = scaled(10_000, 500);
        long before = usedAfterGc();
        KnowledgeGraph g = new GraphGenerator(11).generate(n, n * EDGES_PER_NODE);
        long after = usedAfterGc();
        ObjectNode o = JSON.objectNode();
        o.put("nodes", g.entityCount());
        o.put("edges", g.relationCount());
        o.put("heap_mb_per_10k_nodes", round((after - before) / 1e6 * 10_000 / n, 1));
        o.put("note", "used heap after GC for a GraphGenerator graph: 3 edges per node, 1-4 evidence sentences per edge");
        java.lang.ref.Reference.reachabilityFence(g);
        return o;
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(60);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }

    /** Load, extract and lay out the samples headless; also the JVM's uptime at that moment when run first. */
    ObjectNode startup(Path samples, boolean firstInJvm) {
        ObjectNode o = JSON.objectNode();
        if (samples == null || !Files.isDirectory(samples)) {
            o.putNull("samples_to_graph_ms");
            o.put("note", "no samples folder at " + samples);
            return o;
        }
        long t0 = System.nanoTime();
        KnowledgeGraph g = new KnowledgeGraph();
        new CorpusLoader(new Ingestor(), RuleBasedExtractor.createDefault()).load(g, List.of(samples), Progress.NONE);
        layouter.layout(g.graph(), LayoutKind.FORCE, 1600, 1000, Map.of(), Progress.NONE);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        o.put("samples_to_graph_ms", ms);
        if (firstInJvm) o.put("jvm_launch_to_graph_ms", ManagementFactory.getRuntimeMXBean().getUptime());
        o.put("documents", g.documents().size());
        o.put("nodes", g.entityCount());
        o.put("edges", g.relationCount());
        o.put("note", "headless: read + extract + merge + force layout of the samples, no window drawn");
        return o;
    }

    ObjectNode frame() {
        ObjectNode o = JSON.objectNode();
        int nodes = scaled(2_000, 50), edges = nodes * EDGES_PER_NODE;
        o.put("nodes", nodes);
        o.put("edges", edges);
        if (ui == null) {
            o.putNull("frame_ms");
            o.putNull("fps");
            o.put("note", "needs the JavaFX UI benchmark, which this build did not provide");
            return o;
        }
        try {
            double ms = ui.panFrameMillis(nodes, edges);
            o.put("frame_ms", round(ms, 2));
            o.put("fps", ms > 0 ? round(1000 / ms, 1) : null);
            // the explorer issue asks for frame times at the layout benchmark's sizes too
            for (int n : new int[] {500, 5_000}) {
                int sized = scaled(n, 20);
                o.put("nodes_" + n + "_frame_ms", round(ui.panFrameMillis(sized, sized * EDGES_PER_NODE), 2));
            }
        } catch (Exception e) {
            o.putNull("frame_ms");
            o.putNull("fps");
            o.put("note", "UI benchmark failed: " + PolicyGraphCli.oneLine(e));
        }
        return o;
    }

    private int scaled(int full, int min) {
        return (int) Math.max(min, Math.round(full * scale));
    }

    static double round(double v, int places) {
        double f = Math.pow(10, places);
        return Math.round(v * f) / f;
    }
}
