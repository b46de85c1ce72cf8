package org.policygraph.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

/** PLACEHOLDER: `bench` is not built yet. */
@Command(name = "bench", description = "(not built yet)")
public final class BenchCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("bench: not built yet");
        return 2;
    }
}
