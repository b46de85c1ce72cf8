package org.policygraph.ui.state;

import java.util.HashSet;
import java.util.Set;

import org.policygraph.graph.Centrality;
import org.policygraph.layout.LayoutKind;

/**
 * Everything that decides what the graph view shows: filters, focus, expansions and view options. Immutable;
 * every change makes a new value so a background rebuild always sees one consistent state.
 *
 * @param excludedDocs     documents toggled out of the view
 * @param hiddenTypes      entity types filtered out
 * @param hiddenRelations  relation types filtered out
 * @param hideCooccurrence hides the statistical "mentioned with" edges
 * @param minSources       keeps edges backed by at least this many distinct documents
 * @param asOf             ISO date: documents dated later are left out (null = no limit)
 * @param hiddenEntities   entities the user hid
 * @param focusId          entity whose neighbourhood alone is shown (null = none)
 * @param focusHops        radius of the focus, 1..3
 * @param expanded         entities whose neighbours are shown even beyond the cap
 * @param collapsed        entities whose leaf neighbours are folded away
 * @param forced           entities shown even beyond the cap (search hits, path members)
 * @param cap              most vertices drawn at once; the most central are kept
 */
public record ViewSettings(Set<String> excludedDocs, Set<String> hiddenTypes, Set<String> hiddenRelations,
        boolean hideCooccurrence, int minSources, String asOf, Set<String> hiddenEntities, String focusId,
        int focusHops, Set<String> expanded, Set<String> collapsed, Set<String> forced, Centrality centrality,
        LayoutKind layout, boolean communities, int cap) {
    /** SmartGraph stays smooth up to about this many vertices. */
    public static final int CAP_DEFAULT = 250;

    public ViewSettings {
        excludedDocs = Set.copyOf(excludedDocs);
        hiddenTypes = Set.copyOf(hiddenTypes);
        hiddenRelations = Set.copyOf(hiddenRelations);
        hiddenEntities = Set.copyOf(hiddenEntities);
        expanded = Set.copyOf(expanded);
        collapsed = Set.copyOf(collapsed);
        forced = Set.copyOf(forced);
        minSources = Math.max(1, minSources);
        focusHops = Math.max(1, Math.min(3, focusHops));
    }

    public static ViewSettings defaults() {
        return new ViewSettings(Set.of(), Set.of(), Set.of(), false, 1, null, Set.of(), null, 1, Set.of(), Set.of(),
                Set.of(), Centrality.DEGREE, LayoutKind.FORCE, false, CAP_DEFAULT);
    }

    private static Set<String> toggled(Set<String> s, String v, boolean present) {
        Set<String> out = new HashSet<>(s);
        if (present) out.add(v); else out.remove(v);
        return out;
    }

    private static Set<String> plus(Set<String> s, Set<String> more) {
        Set<String> out = new HashSet<>(s);
        out.addAll(more);
        return out;
    }

    public ViewSettings withDocument(String doc, boolean included) {
        return edit(b -> b.excludedDocs = toggled(excludedDocs, doc, !included));
    }

    public ViewSettings withType(String type, boolean shown) {
        return edit(b -> b.hiddenTypes = toggled(hiddenTypes, type, !shown));
    }

    public ViewSettings withRelation(String type, boolean shown) {
        return edit(b -> b.hiddenRelations = toggled(hiddenRelations, type, !shown));
    }

    public ViewSettings withHideCooccurrence(boolean hide) { return edit(b -> b.hideCooccurrence = hide); }

    public ViewSettings withMinSources(int n) { return edit(b -> b.minSources = n); }

    public ViewSettings withAsOf(String date) { return edit(b -> b.asOf = date); }

    public ViewSettings withHidden(Set<String> hidden) { return edit(b -> b.hiddenEntities = hidden); }

    public ViewSettings withHiddenAdded(String id) { return withHidden(toggled(hiddenEntities, id, true)); }

    public ViewSettings withFocus(String id, int hops) {
        return edit(b -> {
            b.focusId = id;
            b.focusHops = hops;
        });
    }

    public ViewSettings withExpansion(Set<String> newExpanded, Set<String> newCollapsed) {
        return edit(b -> {
            b.expanded = newExpanded;
            b.collapsed = newCollapsed;
        });
    }

    public ViewSettings withForced(Set<String> more) { return edit(b -> b.forced = plus(forced, more)); }

    public ViewSettings withCentrality(Centrality c) { return edit(b -> b.centrality = c); }

    public ViewSettings withLayout(LayoutKind l) { return edit(b -> b.layout = l); }

    public ViewSettings withCommunities(boolean on) { return edit(b -> b.communities = on); }

    public ViewSettings withCap(int n) { return edit(b -> b.cap = n); }

    /** A copy with some fields changed: the one place that lists every field. */
    private ViewSettings edit(java.util.function.Consumer<Copy> change) {
        Copy c = new Copy(this);
        change.accept(c);
        return new ViewSettings(c.excludedDocs, c.hiddenTypes, c.hiddenRelations, c.hideCooccurrence, c.minSources,
                c.asOf, c.hiddenEntities, c.focusId, c.focusHops, c.expanded, c.collapsed, c.forced, c.centrality,
                c.layout, c.communities, c.cap);
    }

    /** Mutable fields for {@link #edit}. */
    private static final class Copy {
        Set<String> excludedDocs, hiddenTypes, hiddenRelations, hiddenEntities, expanded, collapsed, forced;
        boolean hideCooccurrence, communities;
        int minSources, focusHops, cap;
        String asOf, focusId;
        Centrality centrality;
        LayoutKind layout;

        Copy(ViewSettings s) {
            excludedDocs = s.excludedDocs;
            hiddenTypes = s.hiddenTypes;
            hiddenRelations = s.hiddenRelations;
            hideCooccurrence = s.hideCooccurrence;
            minSources = s.minSources;
            asOf = s.asOf;
            hiddenEntities = s.hiddenEntities;
            focusId = s.focusId;
            focusHops = s.focusHops;
            expanded = s.expanded;
            collapsed = s.collapsed;
            forced = s.forced;
            centrality = s.centrality;
            layout = s.layout;
            communities = s.communities;
            cap = s.cap;
        }
    }
}
