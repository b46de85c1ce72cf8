package org.policygraph.app;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.policygraph.cli.PolicyGraphCli;
import org.policygraph.ui.canvas.PanBenchmark;
import org.policygraph.ui.PolicyGraphApp;
import org.policygraph.ui.render.HeadlessPngRenderer;

/**
 * Main class of the jar and the app image. It does not extend Application, so JavaFX on the class path starts
 * fine and jpackage can use it. Subcommands and options run headless; anything else opens the app.
 */
public final class Launcher {
    /** Frames timed while panning in {@code bench frame}. */
    static final int PAN_FRAMES_DEFAULT = 60;

    private Launcher() {
    }

    public static void main(String[] args) {
        if (PolicyGraphCli.isCommandLine(args)) {
            int code = PolicyGraphCli.run(args, new HeadlessPngRenderer(),
                    (nodes, edges) -> PanBenchmark.averagePanFrameMillis(nodes, edges, PAN_FRAMES_DEFAULT));
            System.exit(code);
        }
        List<Path> paths = Arrays.stream(args).map(Path::of).toList();
        PolicyGraphApp.launchWith(paths);
    }
}
