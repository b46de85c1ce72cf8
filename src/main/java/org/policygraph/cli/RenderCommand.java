package org.policygraph.cli;

import org.policygraph.io.ImageRenderer;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

/** PLACEHOLDER: `render` is not built yet. */
@Command(name = "render", description = "(not built yet)")
public final class RenderCommand implements Callable<Integer> {
    private final ImageRenderer renderer;

    public RenderCommand(ImageRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public Integer call() {
        System.err.println("render: not built yet");
        return 2;
    }
}
