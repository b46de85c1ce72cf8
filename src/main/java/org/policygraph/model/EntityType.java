package org.policygraph.model;

/**
 * An entity type of the ontology. Types are data (see ontology.json) so users can add their own;
 * the constants name the built-in ones.
 *
 * @param name  upper-case identifier, e.g. AGENCY
 * @param label human label, e.g. "Agency"
 * @param color CSS hex colour, e.g. #1f77b4
 * @param shape circle, square, diamond, triangle, hexagon, star...
 * @param core  whether it is one of the core types (agency, law, operation, country)
 */
public record EntityType(String name, String label, String color, String shape, boolean core) {
    public static final String AGENCY = "AGENCY";
    public static final String LAW = "LAW";
    public static final String OPERATION = "OPERATION";
    public static final String COUNTRY = "COUNTRY";
    public static final String PERSON = "PERSON";
    public static final String ORGANIZATION = "ORGANIZATION";
    public static final String DRUG = "DRUG";
    public static final String MARKETPLACE = "MARKETPLACE";
}
