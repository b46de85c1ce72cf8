package org.policygraph.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.policygraph.io.UiBenchmarks;
import org.policygraph.layout.JGraphTLayouter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `bench [--json] [extract|graph|layout|memory|startup|frame|all]`: generated workloads, timed after a warm-up,
 * printed as a table or one JSON object with the machine's facts. The JavaFX frame-time benchmark is handed in
 * by the app (cli never imports JavaFX); without it the figure is null with a note.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Run generated benchmark workloads and print the figures (about 3 minutes for all).")
public final class BenchCommand implements Callable<Integer> {
    static final List<String> WORKLOADS = List.of("startup", "extract", "corpus_load", "graph", "layout", "memory", "frame");
    /** What issue 6 asks of this 2-core machine, shown beside the figures. */
    private static final Map<String, String> TARGETS = Map.of(
            "extract.mb_per_s", ">= 20 MB/s",
            "startup.samples_to_graph_ms", "< 2500 ms",
            "layout.nodes_2000_ms", "< 1000 ms",
            "frame.fps", ">= 30 fps");

    private final UiBenchmarks ui;

    @Option(names = "--json", description = "print one JSON object instead of a table")
    boolean json;

    @Option(names = "--scale", defaultValue = "1", description = "workload size factor (1 = published sizes; smaller for a quick look)")
    double scale;

    @Option(names = "--samples", defaultValue = "samples", description = "folder for the startup figure (default: ${DEFAULT-VALUE})")
    Path samples;

    @Parameters(arity = "0..*", paramLabel = "WORKLOAD",
            description = "extract, corpus_load, graph, layout, memory, startup, frame or all (default); several may be given")
    List<String> workloads;

    public BenchCommand() {
        this(null);
    }

    /** @param ui the JavaFX benchmarks, or null when the caller has no UI to offer */
    public BenchCommand(UiBenchmarks ui) {
        this.ui = ui;
    }

    @Override
    public Integer call() throws Exception {
        Set<String> chosen = new LinkedHashSet<>();
        for (String given : workloads == null || workloads.isEmpty() ? List.of("all") : workloads) {
            String w = given.toLowerCase(Locale.ROOT).replace('-', '_');
            if (w.equals("all")) chosen.addAll(WORKLOADS);
            else if (WORKLOADS.contains(w)) chosen.add(w);
            else {
                System.err.println("bench: unknown workload '" + given + "' (use " + String.join(", ", WORKLOADS) + " or all)");
                return 2;
            }
        }
        if (!(scale > 0 && scale <= 10)) {
            System.err.println("bench: --scale must be in (0, 10]");
            return 2;
        }
        ObjectNode result = run(chosen);
        PrintStream out = System.out;
        if (json) out.println(new ObjectMapper().writeValueAsString(result));
        else printTable(result, out);
        return 0;
    }

    /** Runs the chosen workloads in a fixed order (startup first, while the JVM is still cold). */
    ObjectNode run(Set<String> which) throws Exception {
        BenchWorkloads b = new BenchWorkloads(scale, new JGraphTLayouter(), ui);
        ObjectNode result = new ObjectMapper().createObjectNode();
        result.set("machine", b.machine());
        boolean first = true;
        for (String w : WORKLOADS) {
            if (!which.contains(w)) continue;
            long t0 = System.nanoTime();
            if (!json) System.err.println("bench: " + w + " ...");
            ObjectNode figures = switch (w) {
                case "startup" -> b.startup(samples, first);
                case "extract" -> b.extract();
                case "corpus_load" -> b.corpusLoad();
                case "graph" -> b.graph();
                case "layout" -> b.layout();
                case "memory" -> b.memory();
                default -> b.frame();
            };
            figures.put("workload_seconds", BenchWorkloads.round((System.nanoTime() - t0) / 1e9, 1));
            result.set(w, figures);
            first = false;
        }
        return result;
    }

    private static void printTable(ObjectNode result, PrintStream out) {
        out.printf("%-40s %18s   %s%n", "figure", "value", "target");
        for (Iterator<Map.Entry<String, JsonNode>> it = result.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> section = it.next();
            out.println(section.getKey());
            print(section.getKey(), "", section.getValue(), out);
        }
    }

    private static void print(String section, String prefix, JsonNode node, PrintStream out) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            String name = prefix + f.getKey();
            if (f.getValue().isObject()) {
                print(section, name + ".", f.getValue(), out);
                continue;
            }
            String target = TARGETS.getOrDefault(section + "." + name, "");
            String value = f.getValue().isNull() ? "n/a" : f.getValue().asText();
            if (value.length() > 18) {
                out.printf("  %-38s %s%n", name, value);
            } else {
                out.printf("  %-38s %18s   %s%n", name, value, target);
            }
        }
    }
}
