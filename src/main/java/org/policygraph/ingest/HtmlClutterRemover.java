package org.policygraph.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Removes the parts of a web page that are not the article: scripts and styles, navigation, headers and
 * footers, forms, embeds, hidden elements, and any element whose id, class, role or aria-label names a kind of
 * clutter (cookie banners, share bars, comment sections, ads, related-article lists, menus...). Names are split
 * into words ("share-bar", "cookieConsent", "ad_slot"), so "ad" removes {@code class="ad-slot"} but not
 * {@code class="header-adjacent"} or {@code class="read"}.
 */
public final class HtmlClutterRemover {
    private static final Set<String> CLUTTER_TAGS = Set.of("script", "style", "noscript", "nav", "footer", "aside",
            "form", "iframe", "svg", "button", "template", "object", "embed", "canvas", "select", "input",
            "textarea", "dialog", "menu", "link", "meta");
    private static final Set<String> CLUTTER_WORDS = Set.of("cookie", "consent", "gdpr", "banner", "share", "sharing",
            "social", "comment", "disqus", "newsletter", "subscribe", "subscription", "signup", "advert",
            "advertisement", "advertising", "ad", "sponsor", "sponsored", "promo", "promotion", "related",
            "recommend", "recommended", "recommendation", "popup", "modal", "menu", "breadcrumb", "footer",
            "sidebar", "widget", "captcha", "recaptcha", "login", "nav", "navbar", "navigation", "outbrain",
            "taboola", "paywall", "toolbar", "skip", "contentinfo", "complementary", "search", "alertdialog",
            "menubar", "tags", "pagination", "popular", "trending");
    private static final Pattern NAME_SPLIT = Pattern.compile("[-_\\s:./]+|(?<=\\p{Ll})(?=\\p{Lu})");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    /** An element holding more than this share of the page's text is the page itself, not a clutter block. */
    private static final double MAX_CLUTTER_SHARE = 0.5;

    private HtmlClutterRemover() {
    }

    /** Removes clutter under {@code root} in place. */
    public static void clean(Element root) {
        int pageText = root.text().length();
        Set<Element> doomed = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<Element, List<Element>> byParent = new IdentityHashMap<>();
        for (Element e : root.getAllElements()) {
            if (e == root || e.parent() == null || doomed.contains(e.parent())) {
                if (e != root && e.parent() != null && doomed.contains(e.parent())) doomed.add(e);
                continue;
            }
            if (isClutter(e, pageText)) {
                doomed.add(e);
                byParent.computeIfAbsent(e.parent(), k -> new ArrayList<>()).add(e);
            }
        }
        // one pass per parent: removing nodes one by one makes jsoup re-index the siblings each time
        for (Map.Entry<Element, List<Element>> entry : byParent.entrySet()) {
            Element parent = entry.getKey();
            Set<Node> gone = Collections.newSetFromMap(new IdentityHashMap<>());
            gone.addAll(entry.getValue());
            List<Node> kept = new ArrayList<>(parent.childNodeSize());
            for (Node child : parent.childNodes()) {
                if (!gone.contains(child)) kept.add(child);
            }
            parent.empty();
            parent.appendChildren(kept);
        }
    }

    private static boolean isClutter(Element e, int pageText) {
        String tag = e.normalName();
        if (CLUTTER_TAGS.contains(tag)) return true;
        // a <header> inside the article usually holds its headline, which the text should keep
        if (tag.equals("header")) return e.closest("article, main, [itemprop=articleBody]") == null;
        if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))
                || HIDDEN_STYLE.matcher(e.attr("style")).find()) {
            return true;
        }
        if (tag.equals("body") || tag.equals("html") || tag.equals("article") || tag.equals("main")) return false;
        if (!namesClutter(e)) return false;
        // a wrapper named e.g. "page has-sidebar" may hold the whole article: keep such containers
        if (!e.select("article, main, [itemprop=articleBody]").isEmpty()) return false;
        return pageText == 0 || e.text().length() <= pageText * MAX_CLUTTER_SHARE;
    }

    static boolean namesClutter(Element e) {
        for (String attr : new String[] {"id", "class", "role", "aria-label"}) {
            String v = e.attr(attr);
            if (v.isEmpty()) continue;
            for (String word : NAME_SPLIT.split(v)) {
                if (isClutterWord(word.toLowerCase(Locale.ROOT))) return true;
            }
        }
        return false;
    }

    private static boolean isClutterWord(String w) {
        if (w.isEmpty()) return false;
        if (CLUTTER_WORDS.contains(w)) return true;
        return w.length() > 2 && w.endsWith("s") && CLUTTER_WORDS.contains(w.substring(0, w.length() - 1));
    }
}
