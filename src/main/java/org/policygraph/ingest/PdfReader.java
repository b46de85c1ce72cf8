package org.policygraph.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * PDFs with PDFBox: the text layer page by page, page numbers and running headers dropped
 * ({@link RunningHeaderRemover}), lines broken by the layout rejoined into paragraphs ({@link WrappedLineJoiner}).
 * Every PDFBox failure becomes a one-line reason: encrypted, unreadable (truncated, not a PDF), no text layer.
 */
public final class PdfReader implements DocumentReader {
    /** A gap between lines this many times the normal spacing separates paragraphs. */
    public static final double PARAGRAPH_GAP_FACTOR_DEFAULT = 1.4;
    private static final double PARAGRAPH_GAP_FACTOR = PARAGRAPH_GAP_FACTOR_DEFAULT;
    private static final int MAX_REASON_CHARS = 80;
    private static final int HEADER_WINDOW = 1024;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'”’)\\]]*\\s*$");
    private static final Pattern MACHINE_TITLE = Pattern.compile(
            "(?i)^(untitled|enscript output|microsoft (word|powerpoint)|document\\d*$)|\\.(docx?|pdf|txt|ps|html?)$");

    @Override
    public ExtractedText read(Path file, byte[] content) throws IngestException {
        if (!hasPdfHeader(content)) throw new IngestException("not a readable PDF (no PDF header)");
        try (PDDocument pdf = Loader.loadPDF(content)) {
            List<List<PositionalTextStripper.Line>> positioned = new PositionalTextStripper().pages(pdf);
            float gap = typicalLineGap(positioned);
            List<List<String>> pages = new ArrayList<>();
            for (List<PositionalTextStripper.Line> page : positioned) {
                pages.add(withParagraphBreaks(page, gap));
            }
            List<String> lines = acrossPages(RunningHeaderRemover.strip(pages));
            String text = String.join("\n", WrappedLineJoiner.join(lines));
            if (text.isBlank()) throw new IngestException("PDF has no text layer");
            PDDocumentInformation info = pdf.getDocumentInformation();
            // creation dates are usually the export date, not the publication date: the text's own date is used
            return new ExtractedText(text, usableTitle(info.getTitle()), null);
        } catch (InvalidPasswordException e) {
            throw new IngestException("encrypted PDF", e);
        } catch (IOException e) {
            throw new IngestException("not a readable PDF (" + shortReason(e) + ")", e);
        } catch (RuntimeException | StackOverflowError e) {
            throw new IngestException("not a readable PDF (" + shortReason(e) + ")", e);
        }
    }

    /** PDF readers accept the "%PDF-" signature anywhere in the first kilobyte. */
    static boolean hasPdfHeader(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, HEADER_WINDOW), StandardCharsets.ISO_8859_1);
        return head.contains("%PDF-");
    }

    /**
     * The normal line spacing of the body text: the most frequent distance between consecutive lines (rounded to
     * half a point; on a tie the smaller, since paragraph gaps are wider than line spacing).
     */
    static float typicalLineGap(List<List<PositionalTextStripper.Line>> pages) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (List<PositionalTextStripper.Line> page : pages) {
            for (int i = 1; i < page.size(); i++) {
                float g = page.get(i).y() - page.get(i - 1).y();
                if (g > 0) counts.merge(Math.round(g * 2), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .max(Comparator.comparing(Map.Entry<Integer, Integer>::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(e -> e.getKey() / 2f).orElse(Float.NaN);
    }

    /** The page's lines as text, with a blank line wherever the vertical gap is clearly wider than normal. */
    private static List<String> withParagraphBreaks(List<PositionalTextStripper.Line> page, float gap) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            PositionalTextStripper.Line line = page.get(i);
            if (i > 0 && line.y() - page.get(i - 1).y() > gap * PARAGRAPH_GAP_FACTOR) out.add("");
            out.add(TextNormalizer.normalize(line.text()));
        }
        return out;
    }

    /**
     * The pages' lines as one sequence. A page that ends a sentence is taken to end a paragraph (at worst a
     * paragraph is split at a sentence boundary); otherwise the text runs on, as a sentence cut by the page does.
     */
    private static List<String> acrossPages(List<List<String>> pages) {
        List<String> out = new ArrayList<>();
        for (List<String> page : pages) {
            if (page.isEmpty()) continue;
            if (!out.isEmpty() && SENTENCE_END.matcher(out.get(out.size() - 1)).find()) out.add("");
            out.addAll(page);
        }
        return out;
    }

    /** Title metadata is often the tool's or the source file's name; such titles are ignored. */
    private static String usableTitle(String s) {
        if (s == null || s.isBlank() || MACHINE_TITLE.matcher(s.strip()).find()) return null;
        return s.strip();
    }

    static String shortReason(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) return e.getClass().getSimpleName();
        m = m.strip().replaceAll("\\s+", " ").replaceAll("\\.$", "");
        return m.length() > MAX_REASON_CHARS ? m.substring(0, MAX_REASON_CHARS) + "…" : m;
    }
}
