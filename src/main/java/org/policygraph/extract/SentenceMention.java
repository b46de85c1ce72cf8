package org.policygraph.extract;

/**
 * An entity reference inside one sentence: a real mention, or a virtual one that stands for what a pronoun
 * ("it", "they") or a definite noun ("the operation", "the bill") refers to.
 */
record SentenceMention(int start, int end, String key, String type, String label, boolean virtual, boolean committee, boolean cartel) {
    /** A mention of an entity, its committee and cartel flags worked out from type and label. */
    static SentenceMention of(int start, int end, String key, String type, String label, boolean virtual) {
        return new SentenceMention(start, end, key, type, label, virtual, Discourse.isCommittee(type, label),
                label.toLowerCase(java.util.Locale.ROOT).contains("cartel"));
    }

    /** The same entity at another place. */
    SentenceMention at(int start, int end, boolean virtual) {
        return new SentenceMention(start, end, key, type, label, virtual, committee, cartel);
    }

    boolean is(String t) {
        return type.equals(t);
    }

    boolean isAny(String... types) {
        for (String t : types) if (type.equals(t)) return true;
        return false;
    }
}
