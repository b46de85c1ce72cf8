package org.policygraph.extract;

/**
 * A possible mention found by the gazetteer or a rule, before overlaps are resolved and mentions are grouped
 * into entities. {@code key} groups mentions of one entity ("G:" + gazetteer name, or "R:" + normalised name).
 */
final class Candidate {
    static final int GAZETTEER = 3;
    static final int STRONG = 2;
    static final int WEAK = 1;

    final int start;
    final int end;
    final String text;
    final String type;
    String key;
    final String label;
    final int priority;
    final GazetteerEntry entry;
    final boolean demonym;

    Candidate(int start, int end, String text, String type, String key, String label, int priority,
            GazetteerEntry entry, boolean demonym) {
        this.start = start;
        this.end = end;
        this.text = text;
        this.type = type;
        this.key = key;
        this.label = label;
        this.priority = priority;
        this.entry = entry;
        this.demonym = demonym;
    }

    static Candidate rule(String docText, int start, int end, String type, String label, int priority) {
        return new Candidate(start, end, docText.substring(start, end), type, ruleKey(label), label, priority, null, false);
    }

    static String ruleKey(String label) {
        return "R:" + org.policygraph.model.Names.key(label);
    }

    int length() {
        return end - start;
    }

    boolean overlaps(Candidate o) {
        return start < o.end && o.start < end;
    }

    @Override
    public String toString() {
        return type + ":" + text + "@" + start;
    }
}
