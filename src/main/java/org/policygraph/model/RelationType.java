package org.policygraph.model;

/** Names of the built-in relation types. Relation types are plain strings so users can add their own. */
public final class RelationType {
    public static final String PART_OF = "PART_OF";
    public static final String PARTNERS_WITH = "PARTNERS_WITH";
    public static final String LED_BY = "LED_BY";
    public static final String CONDUCTED_BY = "CONDUCTED_BY";
    public static final String PARTICIPANT = "PARTICIPANT";
    public static final String MEMBER_OF = "MEMBER_OF";
    public static final String TARGETS = "TARGETS";
    public static final String SOURCE_OF = "SOURCE_OF";
    public static final String LOCATED_IN = "LOCATED_IN";
    public static final String TESTIFIED_BEFORE = "TESTIFIED_BEFORE";
    public static final String CONSIDERS = "CONSIDERS";
    public static final String ENFORCES = "ENFORCES";
    public static final String FUNDS = "FUNDS";
    public static final String REGULATES = "REGULATES";
    public static final String TRAFFICKING_ROUTE = "TRAFFICKING_ROUTE";
    public static final String CO_OCCURS = "CO_OCCURS";

    private RelationType() {
    }

    /** CO_OCCURS links are statistical, not stated: the UI draws them quieter. */
    public static boolean isCooccurrence(String type) {
        return CO_OCCURS.equals(type);
    }
}
