package org.policygraph.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    private static final Pattern MACHINE_TITLE = Pattern.compile(
            "(?i)^(untitled|enscript output|microsoft (word|powerpoint)|document\\d*$)|\\.(docx?|pdf|txt|ps|html?)$");

    @Override
    public ExtractedText read(Path file, byte[] content) throws IngestException {
        try (PDDocument pdf = Loader.loadPDF(content)) {
            List<List<PositionalTextStripper.Line>> positioned = new PositionalTextStripper().pages(pdf);
            float gap = typicalLineGap(positioned);
            List<List<String>> pages = new ArrayList<>();
            for (List<PositionalTextStripper.Line> page : positioned) {
                pages.add(withParagraphBreaks(page, gap));
            }
            List<String> lines = RunningHeaderRemover.strip(pages);
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

    /** The median distance between consecutive lines of a page: the normal line spacing of the body text. */
    static float typicalLineGap(List<List<PositionalTextStripper.Line>> pages) {
        List<Float> gaps = new ArrayList<>();
        for (List<PositionalTextStripper.Line> page : pages) {
            for (int i = 1; i < page.size(); i++) {
                float g = page.get(i).y() - page.get(i - 1).y();
                if (g > 0) gaps.add(g);
            }
        }
        if (gaps.isEmpty()) return Float.NaN;
        gaps.sort(null);
        return gaps.get(gaps.size() / 2);
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

    /** Title metadata is often the tool's or the source file's name; such titles are ignored. */
    private static String usableTitle(String s) {
        if (s == null || s.isBlank() || MACHINE_TITLE.matcher(s.strip()).find()) return null;
        return s.strip();
    }

    static String shortReason(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) return e.getClass().getSimpleName();
        m = m.strip().replaceAll("\\s+", " ");
        return m.length() > MAX_REASON_CHARS ? m.substring(0, MAX_REASON_CHARS) + "…" : m;
    }
}
