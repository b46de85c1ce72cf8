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
        return new ViewSettings(toggled(excludedDocs, doc, !included), hiddenTypes, hiddenRelations, hideCooccurrence,
                minSources, asOf, hiddenEntities, focusId, focusHops, expanded, collapsed, forced, centrality, layout,
                communities, cap);
    }

    public ViewSettings withType(String type, boolean shown) {
        return new ViewSettings(excludedDocs, toggled(hiddenTypes, type, !shown), hiddenRelations, hideCooccurrence,
                minSources, asOf, hiddenEntities, focusId, focusHops, expanded, collapsed, forced, centrality, layout,
                communities, cap);
    }

    public ViewSettings withRelation(String type, boolean shown) {
        return new ViewSettings(excludedDocs, hiddenTypes, toggled(hiddenRelations, type, !shown), hideCooccurrence,
                minSources, asOf, hiddenEntities, focusId, focusHops, expanded, collapsed, forced, centrality, layout,
                communities, cap);
    }

    public ViewSettings withHideCooccurrence(boolean hide) {
        return new ViewSettings(excludedDocs, hiddenTypes, hiddenRelations, hide, minSources, asOf, hiddenEntities,
                focusId, focusHops, expanded, collapsed, forced, centrality, layout, communities, cap);
    }

    public ViewSettings withMinSources(int n) {
        return new ViewSettings(excludedDocs, hiddenTypes, hiddenRelations, hideCooccurrence, n, asOf, hiddenEntities,
                focusId, focusHops, expanded, collapsed, forced, centrality, layout, communities, cap);
    }

    public ViewSettings withAsOf(String date) {
        return new ViewSettings(excludedDocs, hiddenTypes, hiddenRelations, hideCooccurrence, minSources, date,
                hiddenEntities, focusId, focusHops, expanded, collapsed, forced, centrality, layout, communities, cap);
    }

    public ViewSettings withHidden(Set<String> hidden) {
        return new ViewSettings(excludedDocs, hiddenTypes, hiddenRelations, hideCooccurrence, minSources, asOf, hidden,
                focusId, focusHops, expanded, collapsed, forced, centrality, layout, communities, cap);
    }

    public ViewSettings withHiddenAdded(String id) {
        return withHidden(toggled(hiddenEntities, id, true));
    }

    public ViewSettings withFocus(String id, int hops) {
        return new ViewSettings(excludedDocs, hiddenTypes, hiddenRelations, hideCooccurrence, minSources, asOf,
                hiddenEntities, id, hops, expanded, collapsed, forced, centrality, layout, communities, cap);
    }

    public ViewSettings withExpansion(Set<String> newExpanded, Set<String> newCollapsed) {
        return new ViewSettings(excludedDocs, hiddenTypes, hiddenRelations, hideCooccurrence, minSources, asOf,
                hiddenEntities, focusId, focusHops, newExpanded, newCollapsed, forced, centrality, layout, communities,
                cap);
    }

    public ViewSettings withForced(Set<String> more) {
        return new ViewSettings(excludedDocs, hiddenTypes, hiddenRelations, hideCooccurrence, minSources, asOf,
                hiddenEntities, focusId, focusHops, expanded, collapsed, plus(forced, more), centrality, layout,
                communities, cap);
    }

    public ViewSettings withCentrality(Centrality c) {
        return new ViewSettings(excludedDocs, hiddenTypes, hiddenRelations, hideCooccurrence, minSources, asOf,
                hiddenEntities, focusId, focusHops, expanded, collapsed, forced, c, layout, communities, cap);
    }

    public ViewSettings withLayout(LayoutKind l) {
        return new ViewSettings(excludedDocs, hiddenTypes, hiddenRelations, hideCooccurrence, minSources, asOf,
                hiddenEntities, focusId, focusHops, expanded, collapsed, forced, centrality, l, communities, cap);
    }

    public ViewSettings withCommunities(boolean on) {
        return new ViewSettings(excludedDocs, hiddenTypes, hiddenRelations, hideCooccurrence, minSources, asOf,
                hiddenEntities, focusId, focusHops, expanded, collapsed, forced, centrality, layout, on, cap);
    }

    public ViewSettings withCap(int n) {
        return new ViewSettings(excludedDocs, hiddenTypes, hiddenRelations, hideCooccurrence, minSources, asOf,
                hiddenEntities, focusId, focusHops, expanded, collapsed, forced, centrality, layout, communities, n);
    }
}
