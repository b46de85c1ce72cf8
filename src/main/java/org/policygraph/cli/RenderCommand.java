package org.policygraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.graph.LoadReport;
import org.policygraph.io.ImageRenderer;
import org.policygraph.io.JsonGraphImporter;
import org.policygraph.model.Entity;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `render --out FILE.png [--width W --height H] [--focus NAME --hops K] PATH...`: documents (or one .json graph
 * export) to a graph picture.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Draw the graph of files and folders to a PNG, with no display needed.%n"
                + "Exit code 0: picture written; 1: written but some files failed (named on stderr); 2: nothing written.")
public final class RenderCommand implements Callable<Integer> {
    private final ImageRenderer renderer;

    @Option(names = {"-o", "--out"}, required = true, description = "the PNG to write")
    Path out;

    @Option(names = "--width", defaultValue = "1600", description = "image width in pixels (default: ${DEFAULT-VALUE})")
    int width;

    @Option(names = "--height", defaultValue = "1000", description = "image height in pixels (default: ${DEFAULT-VALUE})")
    int height;

    @Option(names = "--focus", description = "draw only the neighbourhood of this entity (label or alias)")
    String focus;

    @Option(names = "--hops", defaultValue = "2", description = "neighbourhood radius around --focus (default: ${DEFAULT-VALUE})")
    int hops;

    @Option(names = {"-q", "--quiet"}, description = "no progress on stderr")
    boolean quiet;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "files or folders (.txt .md .html .htm .pdf), or one .json graph export")
    List<Path> paths;

    public RenderCommand(ImageRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public Integer call() throws Exception {
        if (renderer == null) {
            System.err.println("render: no image renderer in this build");
            return 2;
        }
        if (width < 200 || height < 200 || width > 16000 || height > 16000) {
            System.err.println("render: --width and --height must be between 200 and 16000 pixels");
            return 2;
        }
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
            System.err.println("render: " + out + ": the output must be a .png file");
            return 2;
        }
        KnowledgeGraph g;
        LoadReport report = null;
        List<Path> exports = paths.stream().filter(RenderCommand::isJsonExport).toList();
        if (!exports.isEmpty()) {
            if (paths.size() > 1) {
                System.err.println("render: give one .json graph export, or documents and folders, not both");
                return 2;
            }
            try {
                g = new JsonGraphImporter().read(exports.get(0));
            } catch (IOException e) {
                System.err.println("render: " + PolicyGraphCli.oneLine(e));
                return 2;
            }
        } else {
            g = new KnowledgeGraph();
            report = ExtractCommand.load(g, paths, quiet);
        }
        if (g.entityCount() == 0) {
            System.err.println("render: no entities found in " + paths.stream().map(Path::toString)
                    .collect(Collectors.joining(", ")) + "; nothing to draw");
            return 2;
        }
        if (focus != null && g.find(focus).isEmpty()) {
            System.err.println("render: " + unknownFocus(g, focus));
            return 2;
        }
        renderer.render(g, out, width, height, focus, Math.max(0, hops));
        if (!quiet) System.err.printf("wrote %s (%dx%d): %d entities, %d relations%n", out, width, height,
                g.entityCount(), g.relationCount());
        return report != null && report.hasProblems() ? 1 : 0;
    }

    private static boolean isJsonExport(Path p) {
        return Files.isRegularFile(p) && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    static String unknownFocus(KnowledgeGraph g, String focus) {
        List<Entity> close = g.search(focus, 5);
        if (close.isEmpty()) {
            for (String word : focus.trim().split("\\s+")) {
                if (word.length() >= 3 && close.isEmpty()) close = g.search(word, 5);
            }
        }
        return "no entity named '" + focus + "'" + (close.isEmpty() ? " (try a label or alias from the documents)"
                : "; close matches: " + close.stream().map(Entity::label).collect(Collectors.joining(", ")));
    }
}
