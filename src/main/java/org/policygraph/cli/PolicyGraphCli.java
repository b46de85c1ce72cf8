package org.policygraph.cli;

import org.policygraph.io.ImageRenderer;
import org.policygraph.io.UiBenchmarks;

import java.util.Set;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command: `policygraph [--version|--help] SUBCOMMAND ...`. */
@Command(name = "policygraph", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "PolicyGraph: documents to an evidence-backed knowledge graph.%n"
                + "With no arguments the desktop app opens; with paths it opens them in the app.")
public final class PolicyGraphCli implements Runnable {
    private static final Set<String> COMMANDS = Set.of("extract", "batch", "render", "brief", "bench", "help");

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    /** True when the arguments ask for the command line rather than the desktop app. */
    public static boolean isCommandLine(String[] args) {
        return args.length > 0 && (COMMANDS.contains(args[0]) || args[0].startsWith("-"));
    }

    public static CommandLine commandLine(ImageRenderer renderer) {
        return commandLine(renderer, null);
    }

    /** @param ui JavaFX timings for {@code bench}, handed in by the app (null: reported as not measured) */
    public static CommandLine commandLine(ImageRenderer renderer, UiBenchmarks ui) {
        CommandLine cl = new CommandLine(new PolicyGraphCli());
        cl.addSubcommand("extract", new ExtractCommand());
        cl.addSubcommand("batch", new BatchCommand());
        cl.addSubcommand("render", new RenderCommand(renderer));
        cl.addSubcommand("brief", new BriefCommand());
        cl.addSubcommand("bench", new BenchCommand(ui));
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            line.getErr().println("error: " + oneLine(ex));
            return 2;
        });
        return cl;
    }

    public static int run(String[] args, ImageRenderer renderer) {
        return commandLine(renderer).execute(args);
    }

    public static int run(String[] args, ImageRenderer renderer, UiBenchmarks ui) {
        return commandLine(renderer, ui).execute(args);
    }

    static String oneLine(Throwable t) {
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }
}
