package org.policygraph.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown to plain paragraphs: markup is stripped and the words kept. Headings, list items, table rows and
 * code lines become paragraphs of their own; the lines of an ordinary paragraph are joined. A leading YAML
 * front-matter block is read for title and date, the first heading otherwise gives the title.
 */
public final class MarkdownReader implements DocumentReader {
    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~).*");
    private static final Pattern ATX_HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^\\s{0,3}(=+|-+)\\s*$");
    private static final Pattern RULE = Pattern.compile("^\\s{0,3}([-*_]\\s*){3,}$");
    private static final Pattern LIST_MARKER = Pattern.compile("^\\s*([-*+]|\\d{1,9}[.)])\\s+(\\[[ xX]]\\s+)?");
    private static final Pattern QUOTE_MARKER = Pattern.compile("^\\s*(>\\s?)+");
    private static final Pattern TABLE_SEPARATOR = Pattern.compile("^\\s*\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?\\s*$");
    private static final Pattern REFERENCE_DEFINITION = Pattern.compile("^\\s{0,3}\\[[^\\]]+]:\\s*\\S+.*$");
    private static final Pattern FRONT_MATTER_FIELD = Pattern.compile("^(title|date)\\s*:\\s*[\"']?(.*?)[\"']?\\s*$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\([^)]*\\)");
    private static final Pattern REFERENCE_LINK = Pattern.compile("\\[([^\\]]+)]\\[[^\\]]*]");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto):[^>\\s]+)>");
    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^>]*>");
    private static final Pattern CODE_SPAN = Pattern.compile("`+([^`]+)`+");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern EMPHASIS_STAR = Pattern.compile("\\*(?=\\S)(.+?)(?<=\\S)\\*");
    private static final Pattern EMPHASIS_UNDERSCORE = Pattern.compile("(?<![\\p{L}\\p{N}])_(?=\\S)(.+?)(?<=\\S)_(?![\\p{L}\\p{N}])");
    private static final Pattern STRIKE = Pattern.compile("~~(.+?)~~");
    private static final char ESCAPE_BASE = '\uE000';
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])");

    @Override
    public ExtractedText read(Path file, byte[] content) throws IngestException {
        String decoded = TextDecoder.decode(content);
        TextSanity.requireText(decoded);
        String[] lines = TextNormalizer.normalize(decoded).split("\n", -1);
        List<String> out = new ArrayList<>();
        StringBuilder para = new StringBuilder();
        String title = null;
        String date = null;
        int i = 0;
        if (lines.length > 0 && lines[0].strip().equals("---")) {
            int end = frontMatterEnd(lines);
            for (int k = 1; k < end; k++) {
                Matcher m = FRONT_MATTER_FIELD.matcher(lines[k].strip());
                if (!m.matches()) continue;
                if (m.group(1).equalsIgnoreCase("title")) title = inline(m.group(2));
                else date = DateFinder.parseMetadata(m.group(2)).orElse(null);
            }
            i = end + 1;
        }
        boolean inFence = false;
        for (; i < lines.length; i++) {
            String line = lines[i];
            if (FENCE.matcher(line).matches()) {
                flush(para, out);
                inFence = !inFence;
                continue;
            }
            if (inFence) {
                out.add(line.strip());
                continue;
            }
            if (line.isBlank() || RULE.matcher(line).matches() && para.length() == 0
                    || REFERENCE_DEFINITION.matcher(line).matches() || TABLE_SEPARATOR.matcher(line).matches()) {
                flush(para, out);
                continue;
            }
            Matcher heading = ATX_HEADING.matcher(line);
            if (heading.matches()) {
                flush(para, out);
                String h = inline(heading.group(1));
                if (title == null && !h.isEmpty()) title = h;
                out.add(h);
                continue;
            }
            if (para.length() > 0 && SETEXT_UNDERLINE.matcher(line).matches()) {
                String h = para.toString();
                para.setLength(0);
                if (title == null) title = h;
                out.add(h);
                continue;
            }
            if (line.contains("|") && line.strip().length() > 1 && isTableRow(line)) {
                flush(para, out);
                out.add(tableRow(line));
                continue;
            }
            Matcher list = LIST_MARKER.matcher(line);
            if (list.find()) {
                flush(para, out);
                para.append(inline(line.substring(list.end())));
                continue;
            }
            String text = inline(QUOTE_MARKER.matcher(line).replaceFirst(""));
            if (text.isEmpty()) continue;
            if (para.length() > 0) para.append(' ');
            para.append(text);
        }
        flush(para, out);
        return new ExtractedText(String.join("\n", out), title, date);
    }

    private static int frontMatterEnd(String[] lines) {
        for (int k = 1; k < lines.length; k++) {
            String t = lines[k].strip();
            if (t.equals("---") || t.equals("...")) return k;
        }
        return 0;
    }

    private static boolean isTableRow(String line) {
        String t = line.strip();
        return t.startsWith("|") || t.endsWith("|") || t.split("\\|").length >= 3;
    }

    private static String tableRow(String line) {
        List<String> cells = new ArrayList<>();
        for (String c : line.strip().split("\\|")) {
            String cell = inline(c);
            if (!cell.isEmpty()) cells.add(cell);
        }
        return String.join("; ", cells);
    }

    /** Inline markup removed, text kept: links and images keep their words, emphasis and code their content. */
    static String inline(String s) {
        s = hideEscapes(s);
        s = IMAGE.matcher(s).replaceAll("$1");
        s = LINK.matcher(s).replaceAll("$1");
        s = REFERENCE_LINK.matcher(s).replaceAll("$1");
        s = AUTOLINK.matcher(s).replaceAll("$1");
        s = HTML_TAG.matcher(s).replaceAll("");
        s = CODE_SPAN.matcher(s).replaceAll("$1");
        s = STRONG.matcher(s).replaceAll("$2");
        s = EMPHASIS_STAR.matcher(s).replaceAll("$1");
        s = EMPHASIS_UNDERSCORE.matcher(s).replaceAll("$1");
        s = STRIKE.matcher(s).replaceAll("$1");
        return TextNormalizer.tidyLine(restoreEscapes(s));
    }

    /** Escaped markup characters ("\\*") are parked in the private-use area so no markup rule touches them. */
    private static String hideEscapes(String s) {
        return ESCAPE.matcher(s).replaceAll(m -> String.valueOf((char) (ESCAPE_BASE + m.group(1).charAt(0))));
    }

    private static String restoreEscapes(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c >= ESCAPE_BASE && c < ESCAPE_BASE + 128 ? (char) (c - ESCAPE_BASE) : c);
        }
        return b.toString();
    }

    private static void flush(StringBuilder para, List<String> out) {
        if (para.length() > 0) out.add(para.toString());
        para.setLength(0);
    }
}
