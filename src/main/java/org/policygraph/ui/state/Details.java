package org.policygraph.ui.state;

import java.util.List;
import java.util.Map;

/**
 * What the details panel shows for one entity.
 *
 * @param neighbours relation label (with direction) to neighbour links, in a stable order
 */
public record Details(String id, String label, String typeLabel, String typeColor, List<String> aliases,
        List<String> documents, Map<String, List<Link>> neighbours, List<EvidenceItem> evidence, int evidenceTotal) {

    /** A clickable neighbour. */
    public record Link(String id, String label, int sources) {
    }
}
