package org.policygraph.ui.brief;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.policygraph.graph.Centrality;
import org.policygraph.layout.LayoutKind;
import org.policygraph.ui.state.ViewSettings;

/**
 * The explorer's view settings as the free-form JSON object a project file keeps ("filters"), and back. Unknown
 * or malformed values fall back to the defaults, because a project may come from someone else.
 */
public final class ViewFilters {
    private ViewFilters() {
    }

    public static Map<String, Object> toMap(ViewSettings s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("excludedDocs", sorted(s.excludedDocs()));
        m.put("hiddenTypes", sorted(s.hiddenTypes()));
        m.put("hiddenRelations", sorted(s.hiddenRelations()));
        m.put("hideCooccurrence", s.hideCooccurrence());
        m.put("minSources", s.minSources());
        if (s.asOf() != null) m.put("asOf", s.asOf());
        m.put("hiddenEntities", sorted(s.hiddenEntities()));
        if (s.focusId() != null) m.put("focusId", s.focusId());
        m.put("focusHops", s.focusHops());
        m.put("expanded", sorted(s.expanded()));
        m.put("collapsed", sorted(s.collapsed()));
        m.put("forced", sorted(s.forced()));
        m.put("centrality", s.centrality().name());
        m.put("layout", s.layout().name());
        m.put("communities", s.communities());
        m.put("cap", s.cap());
        return m;
    }

    public static ViewSettings fromMap(Map<String, Object> m) {
        ViewSettings d = ViewSettings.defaults();
        if (m == null || m.isEmpty()) return d;
        return new ViewSettings(strings(m, "excludedDocs"), strings(m, "hiddenTypes"), strings(m, "hiddenRelations"),
                bool(m, "hideCooccurrence", d.hideCooccurrence()), integer(m, "minSources", d.minSources()),
                text(m, "asOf"), strings(m, "hiddenEntities"), text(m, "focusId"), integer(m, "focusHops", d.focusHops()),
                strings(m, "expanded"), strings(m, "collapsed"), strings(m, "forced"),
                constant(Centrality.class, m.get("centrality"), d.centrality()),
                constant(LayoutKind.class, m.get("layout"), d.layout()), bool(m, "communities", d.communities()),
                Math.max(1, integer(m, "cap", d.cap())));
    }

    private static List<String> sorted(Collection<String> c) { return new ArrayList<>(new TreeSet<>(c)); }

    private static Set<String> strings(Map<String, Object> m, String key) {
        Set<String> out = new TreeSet<>();
        if (m.get(key) instanceof Collection<?> c) for (Object o : c) if (o != null) out.add(o.toString());
        return out;
    }

    private static String text(Map<String, Object> m, String key) {
        Object o = m.get(key);
        return o == null ? null : o.toString();
    }

    private static boolean bool(Map<String, Object> m, String key, boolean fallback) {
        return m.get(key) instanceof Boolean b ? b : fallback;
    }

    private static int integer(Map<String, Object> m, String key, int fallback) {
        return m.get(key) instanceof Number n ? n.intValue() : fallback;
    }

    private static <E extends Enum<E>> E constant(Class<E> type, Object value, E fallback) {
        if (value == null) return fallback;
        for (E e : type.getEnumConstants()) if (e.name().equals(value.toString())) return e;
        return fallback;
    }
}
