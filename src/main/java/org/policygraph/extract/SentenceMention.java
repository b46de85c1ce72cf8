package org.policygraph.extract;

/**
 * An entity reference inside one sentence: a real mention, or a virtual one that stands for what a pronoun
 * ("it", "they") or a definite noun ("the operation", "the bill") refers to.
 */
record SentenceMention(int start, int end, String key, String type, String label, boolean virtual) {
    boolean is(String t) {
        return type.equals(t);
    }

    boolean isAny(String... types) {
        for (String t : types) if (type.equals(t)) return true;
        return false;
    }
}
