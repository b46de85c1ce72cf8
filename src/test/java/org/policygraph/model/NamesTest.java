package org.policygraph.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void variantsShareAKey() {
        assertEquals(Names.key("Drug Enforcement Administration"), Names.key("the Drug Enforcement Administration's"));
        assertEquals("us customs border protection", Names.key("U.S. Customs and Border Protection"));
        assertEquals(Names.key("Customs & Border Protection"), Names.key("customs and border protection"));
        assertEquals("policia nacional", Names.key("Policía Nacional"));
        assertEquals("customs border protection", Names.keyWithoutCountryPrefix("U.S. Customs and Border Protection"));
        assertEquals("office of national drug control policy", Names.key("office of the national drug control policy"));
    }

    /** The fast key must agree with the plain regex definition on every name the gazetteer knows. */
    @Test
    void fastKeyEqualsTheRegexDefinition() throws Exception {
        List<String> names = new ArrayList<>(List.of("CBP’s", "Attorney's Office", "NTC – Cargo (NTC-C)", "ICE/HSI", "  the  FBI  ",
                "Sinaloa Cartel's", "Ivory Coast’", "AT&T", "e.g. U.K. police", "Schedule I-V", "Côte d'Ivoire", "H.R. 2851"));
        for (String f : new String[] {"countries", "us-agencies", "congress", "international", "laws", "drugs", "organizations", "marketplaces"}) {
            try (InputStream in = getClass().getResourceAsStream("/org/policygraph/extract/gazetteer/" + f + ".json")) {
                String json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"([^\"]{2,})\"").matcher(json);
                while (m.find()) names.add(m.group(1));
            }
        }
        for (String n : names) assertEquals(Names.keyByRegex(n), Names.key(n), n);
    }
}
