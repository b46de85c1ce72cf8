package org.policygraph.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

/** PLACEHOLDER: `brief` is not built yet. */
@Command(name = "brief", description = "(not built yet)")
public final class BriefCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("brief: not built yet");
        return 2;
    }
}
