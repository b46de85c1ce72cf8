package org.policygraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.model.Document;

class HtmlReaderTest {
    @TempDir
    Path dir;

    private final Ingestor ingestor = new Ingestor();

    @Test
    void keepsTheArticleAndDropsPageClutter() throws Exception {
        Document d = ingestor.read(Fixtures.copy("cluttered-article.html", dir));
        assertEquals(String.join("\n\n", Fixtures.articleParagraphs()), d.text());
        assertEquals("Harbor Watch Task Force Reports First Results", d.title());
        assertEquals("2024-03-14", d.date());
        for (String clutter : List.of("cookies", "Tracking Bureau", "Share on", "Auxiliary League", "Premium Yacht",
                "Customs Union Bureau", "Bulletin Office", "Privacy Policy", "Home »", "World", "Jordan Ellis", "Comments")) {
            assertFalse(d.text().contains(clutter), clutter);
        }
    }

    @Test
    void pageWithoutArticleElementIsReadFromItsDensestBlock() throws Exception {
        Document d = ingestor.read(Fixtures.copy("no-article-element.html", dir));
        assertTrue(d.text().startsWith("Canal inspections expand\n\nInspectors from the Panama Canal Authority"),
                d.text());
        assertTrue(d.text().contains("Colombian National Police"));
        assertFalse(d.text().contains("Weather"), d.text());
        assertFalse(d.text().contains("Front page"), d.text());
        assertEquals("Canal inspections expand", new HtmlReader().read(dir, Fixtures.text("no-article-element.html")
                .replace("<h2>", "<h1>").replace("</h2>", "</h1>").getBytes(StandardCharsets.UTF_8)).title());
    }

    @Test
    void brokenMarkupStillYieldsItsText() throws Exception {
        byte[] html = "<html><body><div><p>Unclosed <b>tags & the DEA and Europol <script>alert(1)"
                .getBytes(StandardCharsets.UTF_8);
        ExtractedText t = new HtmlReader().read(Path.of("broken.html"), html);
        assertEquals("Unclosed tags & the DEA and Europol", t.text());
    }

    @Test
    void declaredAndUndeclaredEncodingsAreHonoured() throws Exception {
        byte[] latin1 = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\u00e9 in Bogot\u00e1</p>"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("Café in Bogotá", new HtmlReader().read(Path.of("a.html"), latin1).text());
        byte[] undeclared = "<p>Caf\u00e9 fran\u00e7ais</p>".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("Café français", new HtmlReader().read(Path.of("b.html"), undeclared).text());
    }

    @Test
    void dateFromTimeElementAndHeadingsAsOwnParagraphs() throws Exception {
        byte[] html = ("<article><h2>Section</h2><p>Body text one.</p><time datetime=\"2019-11-05\">Nov 5</time>"
                + "<ul><li>First item</li><li>Second <i>item</i></li></ul>Tail text<br>after break</article>")
                .getBytes(StandardCharsets.UTF_8);
        ExtractedText t = new HtmlReader().read(Path.of("c.html"), html);
        assertEquals("2019-11-05", t.date());
        assertEquals("Section\nBody text one.\nNov 5\nFirst item\nSecond item\nTail text\nafter break", t.text());
    }

    @Test
    void aClutterNamedWrapperAroundTheArticleIsKeptAndArticleHeaderStays() throws Exception {
        String para = "<p>The Coast Guard said the patrol found cocaine aboard a semi-submersible vessel.</p>";
        byte[] html = ("<body><div class=\"page has-sidebar\"><article><header><h1>Patrol finds cocaine</h1>"
                + "</header>" + para.repeat(3) + "</article><div class=\"sidebar\">Popular stuff</div></div>"
                + "<header>Site name</header></body>").getBytes(StandardCharsets.UTF_8);
        ExtractedText t = new HtmlReader().read(Path.of("w.html"), html);
        assertTrue(t.text().startsWith("Patrol finds cocaine\nThe Coast Guard said"), t.text());
        assertFalse(t.text().contains("Popular") || t.text().contains("Site name"), t.text());
    }

    @Test
    void hiddenElementsAreDropped() throws Exception {
        byte[] html = ("<article><p>Visible text about Europol and the Dutch police working together.</p>"
                + "<p hidden>Hidden one</p><div style=\"display: none\">Hidden two</div>"
                + "<span aria-hidden=\"true\">Hidden three</span></article>").getBytes(StandardCharsets.UTF_8);
        assertEquals("Visible text about Europol and the Dutch police working together.",
                new HtmlReader().read(Path.of("h.html"), html).text());
    }

    @Test
    void clutterNamesMatchWholeWordsOnly() {
        assertTrue(HtmlClutterRemover.namesClutter(element("<div class=\"ad-slot\"></div>")));
        assertTrue(HtmlClutterRemover.namesClutter(element("<div class=\"cookieConsent\"></div>")));
        assertTrue(HtmlClutterRemover.namesClutter(element("<div id=\"social_share\"></div>")));
        assertTrue(HtmlClutterRemover.namesClutter(element("<div role=\"navigation\"></div>")));
        assertTrue(HtmlClutterRemover.namesClutter(element("<div class=\"related-posts\"></div>")));
        assertFalse(HtmlClutterRemover.namesClutter(element("<div class=\"header-adjacent\"></div>")));
        assertFalse(HtmlClutterRemover.namesClutter(element("<div class=\"read-more-text headline\"></div>")));
        assertFalse(HtmlClutterRemover.namesClutter(element("<div class=\"story-body research\"></div>")));
    }

    private static Element element(String html) {
        return Jsoup.parseBodyFragment(html).body().child(0);
    }
}
