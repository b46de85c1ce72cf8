package org.policygraph.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.policygraph.extract.DocumentExtraction;
import org.policygraph.extract.EntityExtractor;
import org.policygraph.extract.FoundEntity;
import org.policygraph.extract.FoundRelation;
import org.policygraph.model.Document;
import org.policygraph.model.Evidence;
import org.policygraph.model.Mention;
import org.policygraph.model.RelationType;

/**
 * A tiny gazetteer extractor for the UI fixtures, so UI tests do not depend on the real extractor's rules:
 * names are found verbatim; a sentence with "partnered" relates its first two entities as partners, a sentence
 * with "led by" makes the operation conducted by the agency, and every other pair in a sentence co-occurs.
 * An optional delay per document makes loads slow enough to observe.
 */
public final class FixtureExtractor implements EntityExtractor {
    record Known(String key, String label, String type, Set<String> aliases) {
    }

    static final List<Known> KNOWN = List.of(
            new Known("dea", "Drug Enforcement Administration", "AGENCY", Set.of("DEA")),
            new Known("europol", "Europol", "AGENCY", Set.of()),
            new Known("fbi", "Federal Bureau of Investigation", "AGENCY", Set.of("FBI")),
            new Known("cnp", "Colombian National Police", "AGENCY", Set.of()),
            new Known("ots", "Operation Trojan Shield", "OPERATION", Set.of()),
            new Known("nl", "Netherlands", "COUNTRY", Set.of()),
            new Known("co", "Colombia", "COUNTRY", Set.of()),
            new Known("mx", "Mexico", "COUNTRY", Set.of()),
            new Known("csa", "Controlled Substances Act", "LAW", Set.of()),
            new Known("sinaloa", "Sinaloa Cartel", "ORGANIZATION", Set.of()),
            new Known("fentanyl", "fentanyl", "DRUG", Set.of()),
            new Known("cocaine", "cocaine", "DRUG", Set.of()));

    private final long delayMillis;

    public FixtureExtractor() {
        this(0);
    }

    public FixtureExtractor(long delayMillis) {
        this.delayMillis = delayMillis;
    }

    @Override
    public DocumentExtraction extract(Document d) {
        if (delayMillis > 0) {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        String text = d.text();
        Map<String, List<Mention>> mentions = new LinkedHashMap<>();
        List<FoundRelation> relations = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('.', start);
            end = end < 0 ? text.length() : end + 1;
            String sentence = text.substring(start, end);
            List<String> inSentence = new ArrayList<>();
            for (Known k : KNOWN) {
                List<String> names = new ArrayList<>(k.aliases());
                names.add(0, k.label());
                for (String n : names) {
                    int i = sentence.indexOf(n);
                    while (i >= 0) {
                        boolean wordStart = i == 0 || !Character.isLetter(sentence.charAt(i - 1));
                        int j = i + n.length();
                        boolean wordEnd = j >= sentence.length() || !Character.isLetter(sentence.charAt(j));
                        if (wordStart && wordEnd) {
                            mentions.computeIfAbsent(k.key(), x -> new ArrayList<>())
                                    .add(new Mention(d.id(), start + i, start + j, n));
                            if (!inSentence.contains(k.key())) inSentence.add(k.key());
                        }
                        i = sentence.indexOf(n, i + 1);
                    }
                }
            }
            Evidence ev = new Evidence(d.id(), start, end, sentence.strip());
            if (inSentence.size() >= 2 && sentence.contains("partnered")) {
                relations.add(new FoundRelation(inSentence.get(0), inSentence.get(1), RelationType.PARTNERS_WITH, ev));
            } else if (inSentence.size() >= 2 && sentence.contains("led by")) {
                relations.add(new FoundRelation(inSentence.get(0), inSentence.get(1), RelationType.CONDUCTED_BY, ev));
            } else {
                for (int a = 0; a < inSentence.size(); a++) {
                    for (int b = a + 1; b < inSentence.size(); b++) {
                        relations.add(new FoundRelation(inSentence.get(a), inSentence.get(b), RelationType.CO_OCCURS, ev));
                    }
                }
            }
            start = end;
        }
        List<FoundEntity> entities = new ArrayList<>();
        for (Known k : KNOWN) {
            List<Mention> ms = mentions.get(k.key());
            if (ms != null) entities.add(new FoundEntity(k.key(), k.label(), k.type(), k.aliases(), ms));
        }
        return new DocumentExtraction(d, entities, relations);
    }
}
