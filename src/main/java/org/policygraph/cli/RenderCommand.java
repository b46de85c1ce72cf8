package org.policygraph.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

/** PLACEHOLDER: `render` is not built yet. */
@Command(name = "render", description = "(not built yet)")
public final class RenderCommand implements Callable<Integer> {
    private final PngRenderer renderer;

    public RenderCommand(PngRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public Integer call() {
        System.err.println("render: not built yet");
        return 2;
    }
}
