package org.policygraph.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Plain text: encoding detected by {@link TextDecoder}; each line is a paragraph, unless the file is
 * hard-wrapped, in which case wrapped lines are rejoined into paragraphs.
 */
public final class PlainTextReader implements DocumentReader {
    @Override
    public ExtractedText read(Path file, byte[] content) throws IngestException {
        String decoded = TextDecoder.decode(content);
        TextSanity.requireText(decoded);
        List<String> lines = Arrays.asList(TextNormalizer.normalize(decoded).split("\n", -1));
        List<String> paragraphs = WrappedLineJoiner.looksWrapped(lines) ? WrappedLineJoiner.join(lines)
                : tidy(lines);
        return new ExtractedText(String.join("\n", paragraphs), null, null);
    }

    private static List<String> tidy(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        for (String l : lines) {
            out.add(TextNormalizer.tidyLine(l));
        }
        return out;
    }
}
