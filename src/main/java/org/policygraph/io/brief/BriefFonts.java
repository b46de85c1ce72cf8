package org.policygraph.io.brief;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The briefing's three faces (regular, bold, italic). DejaVu Sans is embedded when the system has it, because it
 * covers accents, arrows and most scripts; otherwise the standard Helvetica faces, which only encode WinAnsi.
 * Either way {@link #clean} turns text into something the face can show, so no document can break the writer.
 */
final class BriefFonts {
    private static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu");

    final PDFont regular;
    final PDFont bold;
    final PDFont italic;
    private final Map<PDFont, Map<Integer, String>> known = new HashMap<>();

    private BriefFonts(PDFont regular, PDFont bold, PDFont italic) {
        this.regular = regular;
        this.bold = bold;
        this.italic = italic;
    }

    /** DejaVu when present and {@code embed} is true, else the standard 14 Helvetica faces. */
    static BriefFonts load(PDDocument doc, boolean embed) {
        if (embed) {
            Path r = DEJAVU.resolve("DejaVuSans.ttf"), b = DEJAVU.resolve("DejaVuSans-Bold.ttf"),
                    i = DEJAVU.resolve("DejaVuSans-Oblique.ttf");
            if (Files.isReadable(r) && Files.isReadable(b) && Files.isReadable(i)) {
                try {
                    return new BriefFonts(PDType0Font.load(doc, r.toFile()), PDType0Font.load(doc, b.toFile()),
                            PDType0Font.load(doc, i.toFile()));
                } catch (IOException | RuntimeException e) {
                    // a broken system font is not the user's problem: fall back to the standard faces
                }
            }
        }
        return new BriefFonts(new PDType1Font(Standard14Fonts.FontName.HELVETICA),
                new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD),
                new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE));
    }

    /** The text with whitespace folded and every character the font cannot draw replaced (arrows become ASCII). */
    String clean(PDFont font, String text) {
        if (text == null) return "";
        Map<Integer, String> cache = known.computeIfAbsent(font, f -> new HashMap<>());
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                space = true;
                continue;
            }
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) continue;
            if (space && out.length() > 0) out.append(' ');
            space = false;
            out.append(cache.computeIfAbsent(cp, c -> drawable(font, c)));
        }
        return out.toString();
    }

    private static String drawable(PDFont font, int cp) {
        String s = new String(Character.toChars(cp));
        if (canEncode(font, s)) return s;
        String alt = switch (cp) {
            case 0x2192, 0x27F6 -> "->";
            case 0x2190, 0x27F5 -> "<-";
            case 0x2194 -> "<->";
            case 0x2010, 0x2011, 0x2012, 0x2212 -> "-";
            case 0x2032 -> "'";
            case 0x2033 -> "\"";
            default -> null;
        };
        if (alt != null && canEncode(font, alt)) return alt;
        String plain = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        if (!plain.isEmpty() && !plain.equals(s) && canEncode(font, plain)) return plain;
        return "?";
    }

    private static boolean canEncode(PDFont font, String s) {
        try {
            font.encode(s);
            return font.getStringWidth(s) >= 0;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Width of already-cleaned text in points. */
    static float width(PDFont font, float size, String cleaned) {
        try {
            return font.getStringWidth(cleaned) / 1000f * size;
        } catch (IOException | IllegalArgumentException e) {
            return cleaned.length() * size * 0.5f;
        }
    }
}
