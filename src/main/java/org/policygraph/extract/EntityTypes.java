package org.policygraph.extract;

import org.policygraph.model.EntityType;

/** Short aliases for the built-in type names used throughout extraction. */
final class EntityTypes {
    static final String AGENCY = EntityType.AGENCY;
    static final String LAW = EntityType.LAW;
    static final String OPERATION = EntityType.OPERATION;
    static final String COUNTRY = EntityType.COUNTRY;
    static final String PERSON = EntityType.PERSON;
    static final String ORGANIZATION = EntityType.ORGANIZATION;
    static final String DRUG = EntityType.DRUG;
    static final String MARKETPLACE = EntityType.MARKETPLACE;

    private EntityTypes() {
    }
}
