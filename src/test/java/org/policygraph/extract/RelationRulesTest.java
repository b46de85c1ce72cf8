package org.policygraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** One sentence shape per test, each written for this test; the relation must come with its sentence. */
class RelationRulesTest {

    private static void has(ExtractionFixture f, String a, String b, String type) {
        var rels = f.relations(a, b);
        assertTrue(rels.contains(type), a + " -" + type + "-> " + b + " expected, got " + rels + " in " + f.all());
    }

    @Test
    void partOfByPhrase() {
        has(new ExtractionFixture("The Lakeshore Fusion Unit, a component of the FBI, tracks vendors."),
                "Lakeshore Fusion Unit", "FBI", "PART_OF");
    }

    @Test
    void partOfByPossessive() {
        has(new ExtractionFixture("CBP's Westgate Targeting Office flagged 40 parcels."), "Westgate Targeting Office", "CBP", "PART_OF");
    }

    @Test
    void partOfOperatesWithin() {
        has(new ExtractionFixture("The Parcel Analysis Center, an office that operates within USPIS, reviews data."),
                "Parcel Analysis Center", "USPIS", "PART_OF");
    }

    @Test
    void partnersWithList() {
        var f = new ExtractionFixture("The DEA partners with Europol, the FBI, and Mexican authorities.");
        has(f, "DEA", "Europol", "PARTNERS_WITH");
        has(f, "DEA", "FBI", "PARTNERS_WITH");
        has(f, "DEA", "Mexico", "PARTNERS_WITH");
    }

    @Test
    void partnersMutual() {
        has(new ExtractionFixture("Officials in Canada and Mexico are working together on precursor controls."),
                "Canada", "Mexico", "PARTNERS_WITH");
    }

    @Test
    void ledByAndHyphenLed() {
        has(new ExtractionFixture("Operation Cold Harbor, led by HSI, ended in May."), "Operation Cold Harbor", "HSI", "LED_BY");
        has(new ExtractionFixture("Operation Cold Harbor began in May. The DEA-led operation ended in June."),
                "Operation Cold Harbor", "DEA", "LED_BY");
    }

    @Test
    void conductedBy() {
        has(new ExtractionFixture("Operation Night Ledger was conducted by the FBI."), "Operation Night Ledger", "FBI", "CONDUCTED_BY");
    }

    @Test
    void participantCountriesFromContext() {
        var f = new ExtractionFixture("Operation Grey Wharf took two years. Police in Spain, Italy and Portugal took part.");
        has(f, "Operation Grey Wharf", "Spain", "PARTICIPANT");
        has(f, "Operation Grey Wharf", "Portugal", "PARTICIPANT");
    }

    @Test
    void memberOfByTitleAndOf() {
        var f = new ExtractionFixture("FBI Deputy Director Tomasz Wren said the case was closed. Helena Markov of the DEA agreed.");
        has(f, "Tomasz Wren", "FBI", "MEMBER_OF");
        has(f, "Helena Markov", "DEA", "MEMBER_OF");
    }

    @Test
    void testimonyAndConsideration() {
        var f = new ExtractionFixture("The Senate Judiciary Committee held a hearing on the Clean Ports Act. "
                + "Administrator Ruth Okonjo testified before the committee.");
        has(f, "Senate Judiciary Committee", "Clean Ports Act", "CONSIDERS");
        has(f, "Ruth Okonjo", "Senate Judiciary Committee", "TESTIFIED_BEFORE");
    }

    @Test
    void lawTargetsDrugThroughPronoun() {
        var f = new ExtractionFixture("The Clean Ports Act passed in 2022. It added xylazine to the list of controlled drugs.");
        has(f, "Clean Ports Act", "xylazine", "TARGETS");
    }

    @Test
    void sourceAndRoute() {
        var f = new ExtractionFixture("Precursors shipped from India reach Mexico before the pills are smuggled into the United States.");
        has(f, "India", "Mexico", "TRAFFICKING_ROUTE");
        has(f, "Mexico", "United States", "TRAFFICKING_ROUTE");
        var g = new ExtractionFixture("The Tierra Roja Cartel buys precursor chemicals imported from China.");
        has(g, "China", "Tierra Roja Cartel", "SOURCE_OF");
    }

    @Test
    void locatedIn() {
        has(new ExtractionFixture("The Tierra Roja Cartel, a group based in Guatemala, moves cocaine."),
                "Tierra Roja Cartel", "Guatemala", "LOCATED_IN");
    }

    @Test
    void lawRegulatesAndEmpowersAgencies() {
        has(new ExtractionFixture("The Parcel Integrity Act requires USPS to collect advance data."), "Parcel Integrity Act", "USPS", "REGULATES");
        has(new ExtractionFixture("The Parcel Integrity Act gives the DEA new powers."), "Parcel Integrity Act", "DEA", "EMPOWERS");
        has(new ExtractionFixture("The DEA enforces the Controlled Substances Act."), "DEA", "Controlled Substances Act", "ENFORCES");
    }

    @Test
    void knownAsConstruction() {
        var f = new ExtractionFixture("It was part of a Treasury initiative led by the IRS known as the Harbor Ledger Task Force.");
        has(f, "Harbor Ledger Task Force", "IRS", "LED_BY");
    }

    @Test
    void coOccurrenceWithinSentence() {
        has(new ExtractionFixture("Germany and Brazil both seized fentanyl this year."), "Germany", "fentanyl", "CO_OCCURS");
    }

    @Test
    void operationAppositionNamesItsAgency() {
        has(new ExtractionFixture("The case was part of Operation Salt Ledger, a JCODE operation aimed at darknet vendors."),
                "Operation Salt Ledger", "JCODE", "CONDUCTED_BY");
    }

    @Test
    void investigationAnaphoraAndAgencyParticipants() {
        var f = new ExtractionFixture("Prosecutors described Operation Grey Current in March. The investigation was led by HSI "
                + "and involved the FBI and the Coast Guard.");
        has(f, "Operation Grey Current", "HSI", "LED_BY");
        has(f, "Operation Grey Current", "FBI", "PARTICIPANT");
        has(f, "Operation Grey Current", "Coast Guard", "PARTICIPANT");
    }

    @Test
    void routeThroughATransitCountry() {
        has(new ExtractionFixture("Brokers shipped the chemicals to Mexico via Guatemala."), "Guatemala", "Mexico", "TRAFFICKING_ROUTE");
    }

    @Test
    void sourceNamedThroughSuppliersIn() {
        has(new ExtractionFixture("The vendor ordered carfentanil from suppliers in Estonia."), "Estonia", "carfentanil", "SOURCE_OF");
    }

    @Test
    void hyphenLedAppositionLeadsTheNamedTeamNotTheNextName() {
        var f = new ExtractionFixture("The sweep was run by JCODE, an FBI-led team that brings together the DEA and HSI.");
        has(f, "JCODE", "FBI", "LED_BY");
        assertTrue(!f.relations("DEA", "FBI").contains("LED_BY") && !f.relations("DEA", "FBI").contains("<LED_BY"), f.relations("DEA", "FBI").toString());
    }

    @Test
    void committeeMembersAndWitnessesAfterAChamberIsNamed() {
        var f = new ExtractionFixture("The Senate Judiciary Committee met on Tuesday. Sen. Mara Quist, the committee's chairman, "
                + "praised a bill that passed the Senate last year. Also testifying was Odile Brennick of the DEA.");
        has(f, "Mara Quist", "Senate Judiciary Committee", "MEMBER_OF");
        has(f, "Odile Brennick", "Senate Judiciary Committee", "TESTIFIED_BEFORE");
    }

    @Test
    void pluralCartelsAreEach() {
        var f = new ExtractionFixture("The Gulf and Tierra Roja cartels buy precursor chemicals from companies in China.");
        has(f, "China", "Gulf Cartel", "SOURCE_OF");
        has(f, "China", "Tierra Roja Cartel", "SOURCE_OF");
    }
}
