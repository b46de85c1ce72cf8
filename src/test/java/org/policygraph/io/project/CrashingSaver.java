package org.policygraph.io.project;

import java.nio.file.Path;
import java.util.Map;

/**
 * Run in a child JVM by {@link CrashDuringSaveTest}: starts saving a project whose filters hold a value that,
 * when serialised (after the documents and graph are already streaming into the temp file), says HALF on
 * stdout and then hangs until the test kills the JVM.
 */
public final class CrashingSaver {
    private CrashingSaver() {
    }

    /** Serialised by Jackson through its getter: the point where the save "crashes". */
    public static final class Hang {
        public String getValue() throws InterruptedException {
            System.out.println("HALF");
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
            return "never";
        }
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Project p = new ProjectStore().load(file).project();
        new ProjectStore().save(p.withFilters(Map.of("hang", new Hang())), file);
        System.out.println("SAVED");
    }
}
