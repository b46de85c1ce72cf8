package org.policygraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.policygraph.model.Document;

/**
 * Generates the benchmark corpus: documents of 5-20 KB made of sentences filled from templates with agency,
 * country, drug, operation, law, person, cartel and market names, mixed with context sentences that name nobody
 * (bench-vocabulary.json), for a density of names close to real enforcement news. Seeded, so every run reads
 * the same text.
 */
final class BenchCorpus {
    static final long SEED_DEFAULT = 20_260_101L;
    static final int DOC_BYTES_MIN = 5_000;
    static final int DOC_BYTES_MAX = 20_000;
    private static final Pattern SLOT = Pattern.compile("\\{(\\w+)}");

    private final Map<String, List<String>> words = new HashMap<>();
    private final List<String> templates = new ArrayList<>();
    private final List<String> fillers = new ArrayList<>();
    private final int paragraphEvery;
    private final double fillerShare;

    BenchCorpus() {
        try (InputStream in = BenchCorpus.class.getResourceAsStream("bench-vocabulary.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            root.fields().forEachRemaining(f -> {
                if (!f.getValue().isArray()) return;
                List<String> list = new ArrayList<>();
                f.getValue().forEach(v -> list.add(v.asText()));
                if (f.getKey().equals("templates")) templates.addAll(list);
                else if (f.getKey().equals("fillers")) fillers.addAll(list);
                else words.put(f.getKey(), list);
            });
            paragraphEvery = root.path("paragraphBreaks").asInt(5);
            fillerShare = fillers.isEmpty() ? 0 : root.path("fillerShare").asDouble(0);
        } catch (IOException e) {
            throw new UncheckedIOException("bench-vocabulary.json missing", e);
        }
    }

    /** Documents totalling at least {@code bytes} UTF-8 bytes. */
    List<Document> documents(long bytes, long seed) {
        Random rnd = new Random(seed);
        List<Document> docs = new ArrayList<>();
        long total = 0;
        for (int i = 0; total < bytes; i++) {
            int size = DOC_BYTES_MIN + rnd.nextInt(DOC_BYTES_MAX - DOC_BYTES_MIN + 1);
            String text = text(size, rnd);
            total += text.getBytes(StandardCharsets.UTF_8).length;
            docs.add(new Document("bench-" + i + ".txt", "Generated report " + i, "generated/bench-" + i + ".txt",
                    "2024-01-" + String.format("%02d", 1 + i % 28), text));
        }
        return docs;
    }

    /** About {@code chars} characters of sentences, in paragraphs. */
    String text(int chars, Random rnd) {
        StringBuilder sb = new StringBuilder(chars + 300);
        int sentences = 0;
        while (sb.length() < chars) {
            sb.append(sentence(rnd));
            sentences++;
            sb.append(sentences % paragraphEvery == 0 ? "\n\n" : " ");
        }
        return sb.toString();
    }

    /** A sentence with names filled in, or (with the vocabulary's filler share) a context sentence with none. */
    String sentence(Random rnd) {
        if (rnd.nextDouble() < fillerShare) return fillers.get(rnd.nextInt(fillers.size()));
        String t = templates.get(rnd.nextInt(templates.size()));
        Matcher m = SLOT.matcher(t);
        StringBuilder out = new StringBuilder(t.length() + 60);
        while (m.find()) {
            List<String> options = words.getOrDefault(m.group(1), List.of(m.group(1)));
            m.appendReplacement(out, Matcher.quoteReplacement(options.get(rnd.nextInt(options.size()))));
        }
        m.appendTail(out);
        // templates start with a slot that may be "the ...": sentences start upper case
        out.setCharAt(0, Character.toUpperCase(out.charAt(0)));
        return out.toString();
    }

    static long utf8Bytes(List<Document> docs) {
        long n = 0;
        for (Document d : docs) n += d.text().getBytes(StandardCharsets.UTF_8).length;
        return n;
    }
}
