package org.policygraph.ui;

import java.util.function.Supplier;
import java.util.prefs.Preferences;

import org.policygraph.extract.Ontology;
import org.policygraph.graph.CorpusLoader;
import org.policygraph.ingest.Ingestor;
import org.policygraph.ui.edit.UserGazetteerStore;
import org.policygraph.layout.GraphLayouter;
import org.policygraph.layout.JGraphTLayouter;
import org.policygraph.ui.task.FxTaskExecutor;
import org.policygraph.ui.task.TaskExecutor;

/**
 * What the window needs from the rest of the program, handed in by constructor so tests can swap any of it
 * (a slow extractor, a scratch preferences node).
 */
public record Services(TaskExecutor tasks, GraphLayouter layouter, Supplier<CorpusLoader> loader,
        Preferences preferences, Ontology ontology) {

    public static Services defaults() {
        return new Services(new FxTaskExecutor(), new JGraphTLayouter(),
                // read per load, so names taught in the app are found by the next load
                () -> new CorpusLoader(new Ingestor(), UserGazetteerStore.atHome().extractor()),
                Preferences.userRoot().node("org/policygraph/ui"), UserGazetteerStore.atHome().ontology());
    }
}
