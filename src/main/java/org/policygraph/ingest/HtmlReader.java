package org.policygraph.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Web pages with jsoup (which also copes with broken markup): title and date from the page's metadata, clutter
 * removed by {@link HtmlClutterRemover}, the article picked (an article/main element, else the block with the
 * most paragraph text) and rendered as one line per paragraph, headings and list items included.
 */
public final class HtmlReader implements DocumentReader {
    private static final Pattern DECLARED_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)|<\\?xml[^>]+encoding\\s*=\\s*[\"']([\\w.:-]+)");
    private static final int CHARSET_SNIFF_BYTES = 4096;
    private static final String[] DATE_META = {"meta[property=article:published_time]",
            "meta[itemprop=datePublished]", "meta[name=date]", "meta[name=pubdate]", "meta[name=publishdate]",
            "meta[name=DC.date.issued]", "meta[name=dc.date]", "meta[property=og:published_time]"};
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "h1", "h2",
            "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td",
            "th", "thead", "tbody", "figure", "figcaption", "header", "address", "hr", "center", "body", "caption");
    /** Below this share of the page's text an article element is a teaser, not the article. */
    private static final double MIN_ARTICLE_SHARE = 0.25;
    private static final int MIN_ARTICLE_CHARS = 500;
    /** Shorter text runs are captions, labels and links, not paragraphs. */
    private static final int MIN_PARAGRAPH_CHARS = 25;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    @Override
    public ExtractedText read(Path file, byte[] content) throws IngestException {
        String decoded = TextDecoder.decode(content, declaredCharset(content));
        TextSanity.requireText(decoded);
        try {
            Document doc = Jsoup.parse(decoded);
            String title = title(doc);
            String date = date(doc);
            Element body = doc.body();
            HtmlClutterRemover.clean(body);
            Element article = pickContent(body);
            return new ExtractedText(withHeadline(body, article, render(article)), title, date);
        } catch (RuntimeException | StackOverflowError e) {
            throw new IngestException("not a readable HTML page (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    static String declaredCharset(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, CHARSET_SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED_CHARSET.matcher(head);
        if (!m.find()) return null;
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    private static String title(Document doc) {
        String og = doc.select("meta[property=og:title]").attr("content").strip();
        if (!og.isEmpty()) return og;
        Element h1 = doc.selectFirst("article h1, main h1, h1");
        if (h1 != null && !h1.text().isBlank()) return h1.text().strip();
        String t = doc.title().strip();
        return t.isEmpty() ? null : t;
    }

    private static String date(Document doc) {
        for (String selector : DATE_META) {
            for (Element m : doc.select(selector)) {
                var d = DateFinder.parseMetadata(m.attr("content"));
                if (d.isPresent()) return d.get();
            }
        }
        for (Element t : doc.select("time")) {
            var d = DateFinder.parseMetadata(t.hasAttr("datetime") ? t.attr("datetime") : t.text());
            if (d.isPresent()) return d.get();
        }
        return null;
    }

    /** The article element when the page marks one, else the block with the most paragraph text. */
    static Element pickContent(Element body) {
        int pageText = body.text().length();
        Element best = longest(body.select("[itemprop=articleBody]"));
        if (best == null) best = longest(body.select("article"));
        if (best == null) best = longest(body.select("main, [role=main]"));
        if (best != null) {
            int len = best.text().length();
            if (len >= MIN_ARTICLE_CHARS || len >= pageText * MIN_ARTICLE_SHARE) return best;
        }
        Element dense = densest(body);
        return dense != null ? dense : body;
    }

    private static Element longest(Elements candidates) {
        Element best = null;
        int bestLen = 0;
        for (Element e : candidates) {
            int len = e.text().length();
            if (len > bestLen) {
                best = e;
                bestLen = len;
            }
        }
        return best;
    }

    /**
     * Paragraph text credited to each paragraph's parent (and half to its grandparent); the top scorer wins.
     * Paragraphs are {@code <p>} elements and any block holding a good run of text of its own, since many
     * pages mark paragraphs up as {@code <div>}s.
     */
    private static Element densest(Element body) {
        Map<Element, Integer> score = new HashMap<>();
        for (Element e : body.getAllElements()) {
            if (e == body) continue;
            int len = e.normalName().equals("p") ? e.text().length()
                    : BLOCK_TAGS.contains(e.normalName()) ? e.ownText().length() : 0;
            if (len < MIN_PARAGRAPH_CHARS) continue;
            Element parent = e.parent();
            if (parent == null) continue;
            score.merge(parent, len, Integer::sum);
            if (parent != body && parent.parent() != null) score.merge(parent.parent(), len / 2, Integer::sum);
        }
        return score.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** The page's headline above the text when the picked block left it out (it often sits in a header box). */
    private static String withHeadline(Element body, Element content, String text) {
        Element h1 = body.selectFirst("h1");
        if (h1 == null || h1 == content || h1.parents().contains(content) || content.parents().contains(h1)) {
            return text;
        }
        String headline = TextNormalizer.tidyLine(TextNormalizer.normalize(h1.text()));
        return headline.isEmpty() ? text : headline + "\n" + text;
    }

    /** One line per block (paragraph, heading, list item), inline markup flattened. */
    static String render(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(WHITESPACE.matcher(t.getWholeText()).replaceAll(" "));
                } else if (node instanceof Element e) {
                    if (e.normalName().equals("br") || BLOCK_TAGS.contains(e.normalName())) out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCK_TAGS.contains(e.normalName())) out.append('\n');
            }
        }, root);
        List<String> lines = new ArrayList<>();
        for (String line : TextNormalizer.normalize(out.toString()).split("\n")) {
            String l = TextNormalizer.tidyLine(line);
            if (!l.isEmpty()) lines.add(l);
        }
        return String.join("\n", lines);
    }
}
