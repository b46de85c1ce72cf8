package org.policygraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policygraph.model.Mention;

class EntityRulesTest {

    @Test
    void namedOperationIsFound() {
        var f = new ExtractionFixture("Agents closed the case under Operation Blue Lantern in March.");
        assertEquals("OPERATION", f.type("Operation Blue Lantern"));
    }

    @Test
    void actWithYearAndBillNumberAreOneLaw() {
        var f = new ExtractionFixture("The panel debated H.R. 7710: the Safer Parcels and Ports Act of 2024, which critics opposed.");
        var law = f.entity("Safer Parcels and Ports Act of 2024").orElseThrow();
        assertEquals("LAW", law.type());
        assertTrue(law.aliases().contains("H.R. 7710"), law.aliases().toString());
    }

    @Test
    void actAfterPrepositionDropsThePreposition() {
        var f = new ExtractionFixture("Under the Harbor Chemical Controls Act, importers must register.");
        assertEquals("LAW", f.type("Harbor Chemical Controls Act"));
    }

    @Test
    void acronymDefinedAfterNameLinksLaterUses() {
        var f = new ExtractionFixture("The Regional Narcotics Fusion Center (RNFC) opened in 2020. Later the RNFC shared its files.");
        var e = f.entity("RNFC").orElseThrow(() -> new AssertionError(f.all()));
        assertEquals("Regional Narcotics Fusion Center", e.label());
        assertEquals("AGENCY", e.type());
        assertEquals(2, e.mentions().stream().filter(m -> m.text().equals("RNFC")).count());
    }

    @Test
    void acronymDefinedBeforeName() {
        var f = new ExtractionFixture("Analysts at BCTF (Border Corridor Task Force) mapped the routes.");
        assertEquals("Border Corridor Task Force", f.entity("BCTF").orElseThrow(() -> new AssertionError(f.all())).label());
    }

    @Test
    void titleInParenthesesIsNotAnEntity() {
        var f = new ExtractionFixture("Deputy Special Agent in Charge (DSAC) Laura Kemp spoke.");
        assertFalse(f.entity("DSAC").isPresent(), f.all());
    }

    @Test
    void aliasesOfOneAgencyAreOneEntity() {
        var f = new ExtractionFixture("The DEA opened a case. The Drug Enforcement Administration later said more. "
                + "Staff of the U.S. Drug Enforcement Administration's field office agreed.");
        var dea = f.x.entities().stream().filter(e -> e.label().equals("Drug Enforcement Administration")).toList();
        assertEquals(1, dea.size(), f.all());
        assertEquals(3, dea.get(0).mentions().size());
    }

    @Test
    void agencyShapedNamesTheGazetteerLacks() {
        var f = new ExtractionFixture("The Tri-County Narcotics Bureau and the Riverside Opioid Strike Force seized pills.");
        assertEquals("AGENCY", f.type("Tri-County Narcotics Bureau"));
        assertEquals("AGENCY", f.type("Riverside Opioid Strike Force"));
    }

    @Test
    void peopleByTitleFirstNameAndSpeechVerb() {
        var f = new ExtractionFixture("Administrator Odile Brennick said the plan works. Priya Sandoval, a researcher at the "
                + "University of Chicago, disagreed. Later Brennick added a caveat.");
        var p = f.entity("Odile Brennick").orElseThrow(() -> new AssertionError(f.all()));
        assertEquals("PERSON", p.type());
        assertEquals(2, p.mentions().size(), "surname later is the same person");
        assertEquals("PERSON", f.type("Priya Sandoval"));
        assertEquals("ORGANIZATION", f.type("University of Chicago"));
    }

    @Test
    void demonymsMeanTheirCountry() {
        var f = new ExtractionFixture("Dutch police and Colombian prosecutors traced the shipment.");
        assertEquals(List.of("Netherlands", "Colombia"), f.labels("COUNTRY"));
    }

    @Test
    void regionsAreNotCountries() {
        var f = new ExtractionFixture("Trafficking grew across Latin America and in New Mexico.");
        assertTrue(f.labels("COUNTRY").isEmpty(), f.all());
    }

    @Test
    void cartelsDrugsAndMarkets() {
        var f = new ExtractionFixture("The Tierra Roja Cartel sold carfentanil and heroin on a darknet market called Bluewater Bazaar.");
        assertEquals("ORGANIZATION", f.type("Tierra Roja Cartel"));
        assertEquals("DRUG", f.type("carfentanil"));
        assertEquals("DRUG", f.type("heroin"));
        assertEquals("MARKETPLACE", f.type("Bluewater Bazaar"));
    }

    @Test
    void darknetForumCalledX() {
        var f = new ExtractionFixture("Investigators infiltrated a darknet forum called Driftwood Exchange before it closed.");
        assertEquals("MARKETPLACE", f.type("Driftwood Exchange"), f.all());
    }

    @Test
    void headlineCapitalsDoNotMakeAgencies() {
        var f = new ExtractionFixture("Harbor Patrol Unit Seizes Record Haul\nThe seizure happened on Monday.");
        assertFalse(f.entity("Harbor Patrol Unit").isPresent(), f.all());
    }

    @Test
    void nonBreakingSpacesInsideNames() {
        var f = new ExtractionFixture("Officers in the United\u00a0Kingdom helped.");
        assertEquals(List.of("United Kingdom"), f.labels("COUNTRY"));
    }

    @Test
    void mentionOffsetsPointIntoTheText() {
        String text = "Yesterday the FBI and Europol met in Germany.";
        var f = new ExtractionFixture(text);
        for (var e : f.x.entities()) {
            for (Mention m : e.mentions()) assertEquals(m.text(), text.substring(m.start(), m.end()));
        }
        assertEquals(3, f.x.entities().size(), f.all());
    }

    @Test
    void twoKnownMarketsJoinedByAndStayTwo() {
        var f = new ExtractionFixture("He sold pills on Dream Market and Wall Street Market for two years.");
        assertEquals(List.of("Dream Market", "Wall Street Market"), f.labels("MARKETPLACE"));
    }

    @Test
    void usAttorneysOfficeWithDistrict() {
        var f = new ExtractionFixture("The U.S. Attorney's Office for the District of Oregon filed charges.");
        assertTrue(f.labels("AGENCY").contains("U.S. Attorney's Office for the District of Oregon"), f.all());
    }

    @Test
    void foreignForcesAreNotTheirUsNamesakes() {
        var f = new ExtractionFixture("Helicopters went to the Peruvian Air Force, and the Colombian Navy escorted them.");
        assertTrue(f.labels("AGENCY").contains("Peruvian Air Force"), f.all());
        assertFalse(f.labels("AGENCY").contains("U.S. Air Force"), f.all());
    }

    @Test
    void nationalStaysInAgencyNames() {
        var f = new ExtractionFixture("Paraguay's National Anti-Drug Secretariat (SENAD) seized a plane.");
        assertTrue(f.labels("AGENCY").contains("National Anti-Drug Secretariat"), f.all());
    }
}
