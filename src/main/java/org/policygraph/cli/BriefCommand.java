package org.policygraph.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.policygraph.extract.Ontology;
import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.graph.LoadReport;
import org.policygraph.io.brief.BriefingWriter;
import org.policygraph.io.brief.OverviewPlacer;
import org.policygraph.io.brief.Position;
import org.policygraph.layout.GraphLayouter;
import org.policygraph.layout.JGraphTLayouter;
import org.policygraph.layout.LayoutKind;
import org.policygraph.layout.Point;
import org.policygraph.model.Entity;
import org.policygraph.model.Progress;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `brief --out FILE PATH...`: documents to a briefing PDF, with no display. */
@Command(name = "brief", mixinStandardHelpOptions = true,
        description = "Build a briefing PDF from files and folders: title page, overview map, one page per "
                + "central entity (ego network, relations, evidence quotes) and an index of documents.%n"
                + "Exit code 0: all files read; 1: some files failed (named on stderr); 2: nothing could be done.")
public final class BriefCommand implements Callable<Integer> {
    @Option(names = {"-o", "--out"}, required = true, description = "the PDF to write (written atomically)")
    Path out;

    @Option(names = {"-t", "--title"}, description = "title on the first page")
    String title;

    @Option(names = {"-q", "--quiet"}, description = "no progress on stderr")
    boolean quiet;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders (.txt .md .html .htm .pdf)")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        KnowledgeGraph g = new KnowledgeGraph();
        LoadReport report = ExtractCommand.load(g, paths, quiet);
        BriefingWriter writer = new BriefingWriter(Ontology.defaults(), forceLayout(new JGraphTLayouter()), title,
                LocalDate.now());
        writer.write(g, out);
        if (!quiet) System.err.printf("wrote %s: %d entities, %d relations from %d documents%n",
                out, g.entityCount(), g.relationCount(), g.documents().size());
        return report.hasProblems() ? 1 : 0;
    }

    /** The overview map's positions from a force layout (the io package cannot see the layout package). */
    static OverviewPlacer forceLayout(GraphLayouter layouter) {
        return (graph, width, height) -> {
            Map<Entity, Point> at = layouter.layout(graph, LayoutKind.FORCE, width, height, Map.of(), Progress.NONE);
            Map<Entity, Position> out = new HashMap<>();
            at.forEach((e, p) -> out.put(e, new Position(p.x(), p.y())));
            return out;
        };
    }
}
