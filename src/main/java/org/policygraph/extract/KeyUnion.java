package org.policygraph.extract;

import java.util.HashMap;
import java.util.Map;

/** Union-find over entity keys: mentions whose keys are joined belong to one entity. */
final class KeyUnion {
    private final Map<String, String> parent = new HashMap<>();

    String find(String k) {
        String p = parent.getOrDefault(k, k);
        if (p.equals(k)) return k;
        String root = find(p);
        parent.put(k, root);
        return root;
    }

    void union(String a, String b) {
        String ra = find(a), rb = find(b);
        if (ra.equals(rb)) return;
        // gazetteer keys stay roots so the canonical name wins
        if (rb.startsWith("G:") && !ra.startsWith("G:")) parent.put(ra, rb);
        else parent.put(rb, ra);
    }
}
