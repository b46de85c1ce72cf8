package org.policygraph.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.policygraph.extract.EntityExtractor;
import org.policygraph.extract.Gazetteer;
import org.policygraph.extract.Lexicon;
import org.policygraph.extract.RuleBasedExtractor;
import org.policygraph.graph.CorpusLoader;
import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.graph.LoadReport;
import org.policygraph.graph.corrections.ApplyReport;
import org.policygraph.graph.corrections.CorrectionApplier;
import org.policygraph.graph.corrections.CorrectionSet;
import org.policygraph.graph.corrections.CorrectionsException;
import org.policygraph.graph.corrections.CorrectionsJson;
import org.policygraph.ingest.Ingestor;
import org.policygraph.io.ExportFormat;
import org.policygraph.io.Exporters;
import org.policygraph.io.GraphExporter;
import org.policygraph.model.Problem;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `extract [--out FILE] [--format json|graphml|gexf|csv] [--corrections FILE] PATH...`: documents to a graph export. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract entities and relations from files and folders and export the graph.%n"
                + "Exit code 0: all files read; 1: some files failed (named on stderr); 2: nothing could be done.")
public final class ExtractCommand implements Callable<Integer> {
    @Option(names = {"-o", "--out"}, description = "output file (CSV: a folder); stdout when missing")
    Path out;

    @Option(names = {"-f", "--format"}, defaultValue = "json", description = "json, graphml, gexf, csv or neo4j (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = {"-c", "--corrections"}, paramLabel = "FILE",
            description = "corrections JSON to apply after extraction; ones that no longer apply are listed on stderr")
    Path corrections;

    @Option(names = {"-g", "--gazetteer"}, paramLabel = "FILE",
            description = "your own known entities (JSON, same shape as the built-in gazetteer) added to the defaults")
    Path gazetteer;

    @Option(names = {"-q", "--quiet"}, description = "no progress on stderr")
    boolean quiet;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders (.txt .md .html .htm .pdf)")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        ExportFormat fmt = parseFormat("extract", format);
        if (fmt == null) return 2;
        CorrectionSet fixes = CorrectionSet.EMPTY;
        if (corrections != null) {
            // read before the (possibly long) extraction, so a typo in the file fails fast
            try {
                fixes = CorrectionsJson.read(corrections);
            } catch (CorrectionsException e) {
                System.err.println("extract: " + e.getMessage());
                return 2;
            }
        }
        KnowledgeGraph g = new KnowledgeGraph();
        EntityExtractor extractor;
        try {
            extractor = gazetteer == null ? RuleBasedExtractor.createDefault()
                    : new RuleBasedExtractor(Gazetteer.withUserFile(gazetteer), Lexicon.defaults());
        } catch (java.io.IOException | RuntimeException e) {
            System.err.println("extract: " + gazetteer + ": not a readable gazetteer (" + PolicyGraphCli.oneLine(e) + ")");
            return 2;
        }
        LoadReport report = load(g, paths, quiet, extractor);
        if (!fixes.isEmpty()) {
            ApplyReport applied = CorrectionApplier.apply(g, fixes);
            for (ApplyReport.Skipped s : applied.skipped()) System.err.println(s.message());
            if (!quiet) System.err.printf("applied %d of %d corrections%n", applied.applied(), fixes.size());
        }
        GraphExporter exporter = Exporters.forFormat(fmt);
        if (out == null) {
            OutputStream os = new BufferedOutputStream(System.out);
            exporter.write(g, os);
            os.flush();
        } else {
            exporter.write(g, out);
            if (!quiet) System.err.printf("wrote %s: %d nodes, %d edges from %d documents%n",
                    out, g.entityCount(), g.relationCount(), g.documents().size());
        }
        return report.hasProblems() ? 1 : 0;
    }

    /** The export format named on the command line, or null after telling the user what is accepted. */
    static ExportFormat parseFormat(String command, String format) {
        try {
            return ExportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            System.err.println(command + ": unknown format '" + format + "' (use json, graphml, gexf, csv or neo4j)");
            return null;
        }
    }

    /** Loads paths into the graph with progress and per-file problems on stderr. */
    static LoadReport load(KnowledgeGraph g, List<Path> paths, boolean quiet) {
        return load(g, paths, quiet, RuleBasedExtractor.createDefault());
    }

    static LoadReport load(KnowledgeGraph g, List<Path> paths, boolean quiet, EntityExtractor extractor) {
        CorpusLoader loader = new CorpusLoader(new Ingestor(), extractor);
        LoadReport report = loader.load(g, paths, new StderrProgress(quiet));
        for (Problem p : report.problems()) System.err.println("skipped " + p.source() + ": " + p.reason());
        return report;
    }
}
