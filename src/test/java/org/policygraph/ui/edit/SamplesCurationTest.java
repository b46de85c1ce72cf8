package org.policygraph.ui.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.policygraph.extract.Ontology;
import org.policygraph.extract.RuleBasedExtractor;
import org.policygraph.graph.CorpusLoader;
import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.ingest.Ingestor;
import org.policygraph.layout.JGraphTLayouter;
import org.policygraph.model.Entity;
import org.policygraph.model.Progress;
import org.policygraph.model.RelationType;
import org.policygraph.ui.state.ExplorerViewModel;
import org.policygraph.ui.task.SameThreadTaskExecutor;

/**
 * The walk-through on the bundled samples with the real extractor: correct the graph of three documents,
 * extract six from scratch (three more), and every correction holds in the new graph.
 */
class SamplesCurationTest {
    private static KnowledgeGraph extract(List<Path> files) {
        KnowledgeGraph g = new KnowledgeGraph();
        new CorpusLoader(new Ingestor(), RuleBasedExtractor.createDefault()).load(g, files, Progress.NONE);
        return g;
    }

    @Test
    void everyCorrectionStillHoldsAfterThreeMoreDocuments() throws Exception {
        List<Path> all;
        try (var s = Files.list(Path.of("samples"))) {
            all = s.sorted().toList();
        }
        ExplorerViewModel explorer = new ExplorerViewModel(new SameThreadTaskExecutor(), new JGraphTLayouter(), Ontology.defaults());
        EditViewModel vm = new EditViewModel(explorer);
        KnowledgeGraph first = extract(all.subList(0, 3));
        explorer.setGraph(first);

        Entity hsi = first.find("Homeland Security Investigations").orElseThrow();
        Entity best = first.find("BEST").orElseThrow();
        assertTrue(vm.merge(hsi, List.of(hsi, best)));
        assertTrue(vm.delete(List.of(first.find("Nightshade Bazaar").orElseThrow())));
        assertTrue(vm.retype(List.of(first.find("Congress").orElseThrow()), "ORGANIZATION"));
        Entity rcmp = first.find("RCMP").orElseThrow();
        Entity uscg = first.find("USCG").orElseThrow();
        assertTrue(vm.addRelation(rcmp, uscg, RelationType.PARTNERS_WITH, "joint patrol announcement").isPresent());
        assertEquals(4, vm.corrections().size());

        // three more documents: the whole corpus is extracted again, so the raw errors come back first
        KnowledgeGraph second = extract(all.subList(0, 6));
        assertTrue(second.find("Nightshade Bazaar").isPresent());
        assertTrue(second.find("BEST").orElseThrow() != second.find("HSI").orElseThrow());
        explorer.setGraph(second);

        assertTrue(vm.lastReapply().allApplied(), vm.lastReapply().skipped().toString());
        assertEquals(6, second.documents().size());
        assertTrue(second.find("Nightshade Bazaar").isEmpty(), "the deleted node stays deleted");
        assertEquals(second.find("HSI").orElseThrow(), second.find("BEST").orElseThrow(), "the merge holds");
        assertEquals("Homeland Security Investigations", second.find("BEST").orElseThrow().label());
        assertEquals("ORGANIZATION", second.find("Congress").orElseThrow().type());
        Entity rcmp2 = second.find("RCMP").orElseThrow();
        Entity uscg2 = second.find("USCG").orElseThrow();
        assertTrue(second.relationsBetween(rcmp2, uscg2).stream().anyMatch(r -> r.type().equals(RelationType.PARTNERS_WITH)
                && r.manual() && "joint patrol announcement".equals(r.note())));
        assertTrue(explorer.visible().entities().stream().noneMatch(e -> e.label().equals("Nightshade Bazaar")),
                "the view is drawn from the corrected graph");
    }
}
