package org.policygraph.ui.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.policygraph.graph.Centrality;
import org.policygraph.io.project.NodePosition;
import org.policygraph.io.project.SavedView;
import org.policygraph.layout.LayoutKind;
import org.policygraph.ui.state.ViewSettings;

/** The briefing state without the toolkit: the views list, filters as JSON objects, reveal stages, SVG text. */
class ViewModelsTest {
    private static SavedView view(String name, String... ids) {
        Map<String, NodePosition> p = new LinkedHashMap<>();
        for (int i = 0; i < ids.length; i++) p.put(ids[i], new NodePosition(10 * i, 20 * i));
        return SavedView.of(name, List.of(ids), p);
    }

    @Test
    void viewsAreAddedAfterTheCurrentOneRenamedMovedAndDeleted() {
        SavedViews v = new SavedViews();
        v.add(view(v.freshName(), "a"));
        v.add(view(v.freshName(), "b"));
        assertEquals(List.of("View 1", "View 2"), v.list().stream().map(SavedView::name).toList());
        v.setCurrent(0);
        v.add(view("Inserted", "c"));
        assertEquals(List.of("View 1", "Inserted", "View 2"), v.list().stream().map(SavedView::name).toList());
        assertEquals(1, v.current());
        v.rename(1, "  Supply routes ");
        assertEquals("Supply routes", v.get(1).name());
        assertEquals("Supply routes", v.get(1).title(), "a title that followed the name follows it again");
        v.move(1, 1);
        assertEquals(List.of("View 1", "View 2", "Supply routes"), v.list().stream().map(SavedView::name).toList());
        assertEquals(2, v.current(), "the moved view stays current");
        v.move(2, 1);
        assertEquals(2, v.current(), "moving past the end does nothing");
        v.delete(2);
        assertEquals(1, v.current());
        assertEquals(2, v.size());
        v.rename(0, " ");
        assertEquals("View 1", v.get(0).name(), "a blank name is refused");
    }

    @Test
    void filtersRoundTripThroughTheProjectsJsonObject() {
        ViewSettings s = ViewSettings.defaults().withType("DRUG", false).withRelation("CO_OCCURS", false)
                .withHideCooccurrence(true).withMinSources(2).withAsOf("2021-06-01").withHiddenAdded("x")
                .withFocus("dea", 2).withExpansion(Set.of("e"), Set.of("c")).withForced(Set.of("f"))
                .withCentrality(Centrality.values()[Centrality.values().length - 1])
                .withLayout(LayoutKind.values()[LayoutKind.values().length - 1]).withCommunities(true).withCap(99)
                .withDocument("doc-1", false);
        assertEquals(s, ViewFilters.fromMap(ViewFilters.toMap(s)));
        assertEquals(ViewSettings.defaults(), ViewFilters.fromMap(Map.of()));
        Map<String, Object> odd = Map.of("layout", "SPIRAL", "cap", "many", "hiddenTypes", "DRUG", "minSources", 3);
        ViewSettings fromOdd = ViewFilters.fromMap(odd);
        assertEquals(ViewSettings.defaults().layout(), fromOdd.layout(), "unknown values fall back to defaults");
        assertEquals(3, fromOdd.minSources());
        assertTrue(fromOdd.hiddenTypes().isEmpty());
    }

    @Test
    void revealStagesAddOneStepAtATimeAndEndWithTheWholeView() {
        SavedView v = view("v", "base", "a", "b", "c");
        assertEquals(1, RevealSteps.stages(v));
        assertEquals(Set.of("base", "a", "b", "c"), RevealSteps.shownAt(v, 1));
        v = RevealSteps.withStep(v, Set.of("a"));
        v = RevealSteps.withStep(v, Set.of("b", "c"));
        assertEquals(2, RevealSteps.stages(v));
        assertEquals(Set.of("base", "a"), RevealSteps.shownAt(v, 1));
        assertEquals(Set.of("base", "a", "b", "c"), RevealSteps.shownAt(v, 2));
        v = RevealSteps.withStep(v, Set.of("a"));
        assertEquals(List.of(Set.of("b", "c"), Set.of("a")), v.revealSteps().stream().map(Set::copyOf).toList(),
                "a node moves to its new step");
        assertFalse(RevealSteps.shownAt(v, 1).contains("a"));
        assertEquals(v.positions(), RevealSteps.withStep(v, Set.of("c")).positions(), "steps never move nodes");
    }

    @Test
    void svgEscapesLabelsAndDrawsEachShape() {
        List<ViewPicture.Node> nodes = List.of(
                new ViewPicture.Node("n1", "A & <B>", "AGENCY", 10, 10, 5, "circle", "#1f6fb4", true, ViewPicture.Mark.NONE),
                new ViewPicture.Node("n2", "\"Q\"", "LAW", 30, 10, 5, "square", "#d4731a", true, ViewPicture.Mark.PATH),
                new ViewPicture.Node("n3", "T", "DRUG", 50, 10, 5, "triangle", "#d63a8f", true, ViewPicture.Mark.DIMMED));
        List<ViewPicture.Link> links = List.of(new ViewPicture.Link("r1", "PARTNERS_WITH", 10, 10, 30, 10, "#2471a3", 2,
                false, true, ViewPicture.Mark.NONE));
        String svg = SvgWriter.write(new ViewPicture(100, 50, nodes, links,
                List.of(new ViewPicture.LegendEntry("Agency", "#1f6fb4", "circle")), 11), null);
        assertTrue(svg.contains("A &amp; &lt;B&gt;") && svg.contains("&quot;Q&quot;"), svg);
        assertTrue(svg.contains("<circle class=\"node\" data-id=\"n1\""));
        assertTrue(svg.contains("<rect class=\"node\" data-id=\"n2\"") && svg.contains("stroke=\"" + ViewPicture.PATH_COLOR));
        assertTrue(svg.contains("<polygon class=\"node\" data-id=\"n3\""));
        assertTrue(svg.contains("marker-end=\"url(#arrow)\""));
        assertFalse(svg.contains("class=\"background\""), "transparent: no background rectangle");
        assertEquals(6, ViewPicture.polygon("triangle", 0, 0, 1).length);
    }
}
