package org.policygraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules that find names the gazetteer lacks, from the shape of the text: "Operation X", "the X Act of 2017",
 * bill numbers, agency-shaped names (… Administration, Bureau, Task Force, Committee on …), cartels,
 * universities and companies, darknet markets, and people (by given name, title, or what follows the name).
 */
final class MentionRules {
    private static final Set<String> LAW_CONNECTORS = Set.of("of", "the", "and", "for", "on", "to", "in", "against",
            "from", "with", "&", "-", "–", "de", "del", "la", "y");
    /** Agency names join words with "and" but not "of" when read backwards ("Helena Markov of the DEA" is no name). */
    private static final Set<String> NAME_CONNECTORS = Set.of("and", "&", "-", "–", "de", "del", "la", "y");
    private static final Set<String> FORWARD_PREPS = Set.of("of", "on", "for", "against");
    private static final Pattern BILL = Pattern.compile("(?<![\\w.])(H\\.\\s?R\\.|H\\.\\s?Res\\.|S\\.\\s?Res\\.|S\\.|HR)\\s?(\\d{1,5})\\b");
    private static final Pattern MARKET_NAMED = Pattern.compile(
            "(?:darknet|dark web|dark-web|darkweb|online|underground|illicit)\\s+(?:market|marketplace|site|platform|forum)s?,?\\s+(?:called|named|known as|dubbed)\\s+(?:the\\s+)?([A-Z][\\w-]*(?:\\s+[A-Z0-9][\\w-]*){0,2})");

    /** Sentence-start words that still begin many agency names ("National Anti-Drug Secretariat"). */
    private static final Set<String> NAME_ADJECTIVES = Set.of("National", "Federal", "State", "Special", "Foreign");
    private static final Set<String> CALENDAR = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December");
    private static final Pattern ACT_YEAR = Pattern.compile("^\\s+of\\s+(\\d{4})");
    private final Lexicon lex;
    private final Gazetteer gazetteer;

    MentionRules(Lexicon lex, Gazetteer gazetteer) {
        this.lex = lex;
        this.gazetteer = gazetteer;
    }

    void find(String doc, Sentence s, List<Token> toks, List<Candidate> out) {
        // one look at each word says which rules can fire: most sentences have no "Operation" and no cartel
        // read only at capitalised words, which the loop below fills in: the reused buffer needs no clearing
        int[] flags = FLAGS.get();
        if (flags.length < toks.size()) {
            flags = new int[toks.size()];
            if (toks.size() <= 1 << 16) FLAGS.set(flags); // a giant run-on "sentence" does not keep its buffer
        }
        boolean operation = false, head = false, cartel = false;
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (!t.isWord()) continue;
            if (t.isCapitalised()) {
                int f = lex.flags(t);
                flags[i] = f;
                head |= (f & Lexicon.HEADS) != 0;
                operation |= t.text().equals("Operation");
            }
            cartel |= i > 0 && (t.norm().equals("cartel") || t.norm().equals("cartels"));
        }
        if (operation) operations(doc, toks, out);
        if (head) headed(doc, toks, flags, out);
        bills(doc, s, out);
        if (cartel) cartels(doc, toks, out);
        if (mayNameMarket(s.text())) markets(doc, s, out);
        persons(doc, toks, flags, out);
    }

    /** Per-thread buffer for the lexicon flags of a sentence's words. */
    private static final ThreadLocal<int[]> FLAGS = ThreadLocal.withInitial(() -> new int[256]);

    // ---- operations ----

    private void operations(String doc, List<Token> toks, List<Candidate> out) {
        for (int i = 0; i + 1 < toks.size(); i++) {
            Token t = toks.get(i);
            if (!t.text().equals("Operation")) continue;
            int j = i + 1;
            boolean quoted = false;
            if (isQuote(toks.get(j).text())) {
                quoted = true;
                j++;
            }
            int end = -1;
            int k = j;
            int words = 0;
            while (k < toks.size() && words < 4) {
                Token w = toks.get(k);
                if (quoted && isQuote(w.text())) break;
                if (w.isWord() && (Character.isUpperCase(w.text().charAt(0)) || Character.isDigit(w.text().charAt(0))
                        || (quoted && words > 0))) {
                    if (!quoted && words > 0 && lex.leadingStopwords.contains(w.text())) break;
                    end = k;
                    words++;
                    k++;
                } else if ((w.text().equals("-") || w.text().equals("’") || w.text().equals("'")) && end == k - 1 && k + 1 < toks.size() && toks.get(k + 1).isWord()) {
                    k++;
                } else {
                    break;
                }
            }
            if (end < 0) continue;
            String first = toks.get(j).text();
            if (lex.leadingStopwords.contains(first) && !quoted) continue;
            int start = t.start();
            int stop = toks.get(end).end();
            String name = "Operation " + doc.substring(toks.get(j).start(), stop);
            out.add(Candidate.rule(doc, start, stop, EntityTypes.OPERATION, name, Candidate.STRONG));
            i = end;
        }
    }

    private static boolean isQuote(String s) {
        return s.equals("“") || s.equals("\"") || s.equals("”") || s.equals("‘");
    }

    // ---- agency-, law-, organisation- and market-shaped names ----

    /** @param flags each capitalised word's {@link Lexicon#flags} */
    private void headed(String doc, List<Token> toks, int[] flags, List<Candidate> out) {
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (!t.isWord() || !Character.isUpperCase(t.text().charAt(0))) continue;
            String w = t.text();
            int kind = flags[i];
            if ((kind & Lexicon.HEADS) == 0) continue;
            String type;
            if ((kind & Lexicon.AGENCY_HEAD) != 0) type = EntityTypes.AGENCY;
            else if ((kind & Lexicon.LAW_HEAD) != 0) type = EntityTypes.LAW;
            else if ((kind & Lexicon.ORG_HEAD) != 0 && !w.equals("Cartel")) type = EntityTypes.ORGANIZATION;
            else if ((kind & Lexicon.MARKET_HEAD) != 0) type = EntityTypes.MARKETPLACE;
            else continue;
            // the head word sits inside a longer capitalised name ("Money Service Businesses"): not the end of a name
            if (i + 1 < toks.size() && toks.get(i + 1).isWord() && toks.get(i + 1).isCapitalised()
                    && !(type.equals(EntityTypes.LAW) && allDigits(toks.get(i + 1).text()))) continue;
            int from = walkBack(toks, i, EntityTypes.LAW.equals(type) ? LAW_CONNECTORS : NAME_CONNECTORS);
            // "Dream Market and Wall Street Market": two known names joined by "and" are two names
            for (int k = from + 1; k < i; k++) {
                if (!toks.get(k).text().equals("and")) continue;
                TokenTrie.Match known = gazetteer.trie().longestAt(toks, k + 1);
                if (known != null && known.to() == i + 1) from = k + 1;
            }
            int to = i;
            // forward: "Office of National Drug Control Policy", "Committee on the Judiciary", "Act of 2017"
            for (int chain = 0; chain < 2 && !EntityTypes.MARKETPLACE.equals(type); chain++) {
            int f = to + 1;
            if (f + 1 >= toks.size() || !FORWARD_PREPS.contains(toks.get(f).text())) break;
            {
                int g = f + 1;
                if (g < toks.size() && toks.get(g).text().equals("the")) g++;
                int last = -1;
                int n = 0;
                while (g < toks.size() && n < 6) {
                    Token x = toks.get(g);
                    TokenTrie.Match dm = x.isCapitalised() ? gazetteer.trie().longestAt(toks, g) : null;
                    if (dm != null && dm.demonym()) break;
                    if (CALENDAR.contains(x.text())) break;
                    if (x.isWord() && (x.isCapitalised() || (EntityTypes.LAW.equals(type) && isYear(x.text())))) {
                        last = g;
                        n++;
                        g++;
                    } else if (n > 0 && (x.text().equals("and") || x.text().equals("&") || x.text().equals("-")) && g + 1 < toks.size()
                            && toks.get(g + 1).isCapitalised() && gazetteer.trie().longestAt(toks, g + 1) == null) {
                        g++;
                    } else {
                        break;
                    }
                }
                if (last > 0) {
                    String firstAfter = toks.get(f + (toks.get(f + 1).text().equals("the") ? 2 : 1)).text();
                    boolean year = isYear(firstAfter);
                    if (year || !lex.leadingStopwords.contains(firstAfter) || firstAfter.equals("National") || firstAfter.equals("State")
                            || firstAfter.equals("Federal") || firstAfter.equals("Foreign")) {
                        to = last;
                    }
                }
                if (to != last) break;
            }
            }
            if (from == i && to == i) continue; // a bare head word is not a name
            if (from == i && !EntityTypes.LAW.equals(type) && !toks.get(i + 1 < toks.size() ? i + 1 : i).text().equals("of")
                    && to == i) continue;
            if (lex.agencyHeadsNeedingContext.contains(w) && i - from < 2) continue;
            if (EntityTypes.LAW.equals(type) && from == i) continue;
            int start = toks.get(from).start();
            int end = toks.get(to).end();
            String name = doc.substring(start, end);
            if (EntityTypes.LAW.equals(type) && w.equals("Act")) {
                Matcher m = ACT_YEAR.matcher(doc.substring(end, Math.min(doc.length(), end + 12)));
                if (m.find() && to == i) {
                    end += m.end();
                    name = doc.substring(start, end);
                }
            }
            if (strippedIsKnown(toks, from, to)) continue;
            if (from >= 4 && toks.get(from - 1).text().equals(".") && toks.get(from - 2).text().equals("S")
                    && toks.get(from - 3).text().equals(".") && toks.get(from - 4).text().equals("U")) {
                from -= 4; // "U.S. Attorney's Office"
                start = toks.get(from).start();
                name = doc.substring(start, end);
            }
            out.add(Candidate.rule(doc, start, end, type, name, Candidate.WEAK));
        }
    }

    /** Walks back from a head word over capitalised words and connectors; trims leading function words. */
    private int walkBack(List<Token> toks, int head, Set<String> connectors) {
        int from = head;
        int k = head - 1;
        while (k >= 0) {
            Token x = toks.get(k);
            String tx = x.text();
            if (x.isWord() && (x.isCapitalised() || (Character.isDigit(tx.charAt(0)) && connectors == LAW_CONNECTORS))) {
                from = k;
                k--;
            } else if (connectors.contains(tx)) {
                if (tx.equals("of") && k > 0 && isNumeral(toks.get(k - 1).text())) break;
                k--;
            } else if ((tx.equals("s")) && k >= 2 && (toks.get(k - 1).text().equals("’") || toks.get(k - 1).text().equals("'"))
                    && lex.titleWords.contains(toks.get(k - 2).text())) {
                // "Attorney's Office"
                k -= 2;
            } else {
                break;
            }
        }
        // trim leading connectors and stopwords
        while (from < head) {
            Token x = toks.get(from);
            boolean partOfName = NAME_ADJECTIVES.contains(x.text()) && from + 1 < head && toks.get(from + 1).isCapitalised();
            if (!x.isWord() || LAW_CONNECTORS.contains(x.text()) || (lex.leadingStopwords.contains(x.text()) && !partOfName)) {
                from++;
            } else {
                break;
            }
        }
        return from;
    }

    /** {@code \\d+}: ASCII digits only, at least one. */
    static boolean allDigits(String t) {
        if (t.isEmpty()) return false;
        for (int k = 0; k < t.length(); k++) if (t.charAt(k) < '0' || t.charAt(k) > '9') return false;
        return true;
    }

    /** {@code \\d{4}} */
    static boolean isYear(String t) {
        return t.length() == 4 && allDigits(t);
    }

    /** {@code [IVX]+|\\d+[A-Za-z]?}: "Title IV", "Section 21A" */
    static boolean isNumeral(String t) {
        int n = t.length();
        if (n == 0) return false;
        boolean roman = true;
        for (int k = 0; k < n && roman; k++) roman = "IVX".indexOf(t.charAt(k)) >= 0;
        if (roman) return true;
        char last = t.charAt(n - 1);
        boolean letter = (last >= 'A' && last <= 'Z') || (last >= 'a' && last <= 'z');
        return allDigits(letter ? t.substring(0, n - 1) : t);
    }

    /** True when the name minus a leading demonym or "U.S." is a known entity (then the gazetteer match stands). */
    private boolean strippedIsKnown(List<Token> toks, int from, int to) {
        TokenTrie.Match whole = gazetteer.trie().longestAt(toks, from);
        if (whole != null && whole.to() > to) return true;
        if (whole != null && (whole.demonym() || EntityTypes.COUNTRY.equals(whole.entry().type()))) {
            // "Peruvian Air Force" is not the U.S. Air Force: a foreign prefix makes a body of its own
            if (!"United States".equals(whole.entry().name())) return false;
            int next = whole.to();
            while (next < toks.size() && !toks.get(next).isWord()) next++;
            TokenTrie.Match rest = gazetteer.trie().longestAt(toks, next);
            return rest != null && rest.to() > to;
        }
        return false;
    }

    // ---- bills ----

    private void bills(String doc, Sentence s, List<Candidate> out) {
        String t = s.text();
        if (!mayHaveBill(t)) return;
        Matcher m = BILL.matcher(s.text());
        while (m.find()) {
            String prefix = m.group(1).replace(" ", "");
            String num = m.group(2);
            if (prefix.equals("S.") && num.length() < 2) continue;
            if (prefix.equals("HR")) prefix = "H.R.";
            String label = prefix + " " + num;
            out.add(Candidate.rule(doc, s.start() + m.start(), s.start() + m.end(), EntityTypes.LAW, label, Candidate.STRONG));
        }
    }

    /**
     * Whether {@link #BILL} can match: some digit follows, maybe after one space, a period or "HR". Most
     * sentences have neither, and the regex need not look at them.
     */
    static boolean mayHaveBill(String t) {
        for (int p = t.indexOf('.'); p >= 0; p = t.indexOf('.', p + 1)) {
            if (digitAfter(t, p + 1)) return true;
        }
        for (int p = t.indexOf("HR"); p >= 0; p = t.indexOf("HR", p + 1)) {
            if (digitAfter(t, p + 2)) return true;
        }
        return false;
    }

    /** A digit at {@code i}, or after one space there. */
    private static boolean digitAfter(String t, int i) {
        if (i < t.length() && RegexChars.isSpace(t.charAt(i))) i++;
        return i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '9';
    }

    /**
     * Whether {@link #MARKET_NAMED} can match: it needs a market noun and a naming verb. (The check before this one
     * looked for "arket"/"ite" only, so "a darknet forum called X" and "platform called X" were never tried.)
     */
    static boolean mayNameMarket(String t) {
        return (t.contains("arket") || t.contains("ite") || t.contains("platform") || t.contains("forum"))
                && (t.contains("called") || t.contains("named") || t.contains("known as") || t.contains("dubbed"));
    }

    // ---- cartels ----

    private void cartels(String doc, List<Token> toks, List<Candidate> out) {
        for (int i = 1; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (t.norm().equals("cartels")) {
                pluralCartels(doc, toks, i, out);
                continue;
            }
            if (!t.norm().equals("cartel")) continue;
            int from = i;
            int k = i - 1;
            int words = 0;
            while (k >= 0 && words < 4) {
                Token x = toks.get(k);
                if (x.isWord() && x.isCapitalised()) {
                    from = k;
                    words++;
                    k--;
                } else if ((x.text().equals("de") || x.text().equals("del") || x.text().equals("-") || x.text().equals("la")) && words > 0) {
                    k--;
                } else {
                    break;
                }
            }
            while (from < i && lex.leadingStopwords.contains(toks.get(from).text())) from++;
            if (from == i) continue;
            String first = toks.get(from).text();
            if (first.equals("Drug") || first.equals("Mexican") || first.equals("Colombian")) continue;
            String core = doc.substring(toks.get(from).start(), toks.get(i - 1).end());
            out.add(Candidate.rule(doc, toks.get(from).start(), t.end(), EntityTypes.ORGANIZATION, core + " Cartel", Candidate.STRONG));
        }
    }

    /** "the Sinaloa and Jalisco cartels": one cartel per capitalised name in the list ("Tierra Roja" stays whole). */
    private void pluralCartels(String doc, List<Token> toks, int i, List<Candidate> out) {
        List<int[]> names = new java.util.ArrayList<>(); // token ranges [first, last]
        int k = i - 1;
        int last = -1;
        while (k >= 0) {
            Token x = toks.get(k);
            if (x.isWord() && x.isCapitalised() && !lex.leadingStopwords.contains(x.text())) {
                TokenTrie.Match dm = gazetteer.trie().longestAt(toks, k);
                if (dm != null && (dm.demonym() || EntityTypes.COUNTRY.equals(dm.entry().type()))) break; // "Mexican cartels"
                if (last < 0) last = k;
                k--;
                if (k < 0 || !(toks.get(k).isWord() && toks.get(k).isCapitalised()) || lex.leadingStopwords.contains(toks.get(k).text())) {
                    names.add(new int[] {k + 1, last});
                    last = -1;
                }
            } else if ((x.text().equals("and") || x.text().equals(",")) && !names.isEmpty() && last < 0) {
                k--;
            } else {
                break;
            }
        }
        if (names.size() < 2) return;
        for (int[] r : names) {
            int start = toks.get(r[0]).start(), end = toks.get(r[1]).end();
            out.add(Candidate.rule(doc, start, end, EntityTypes.ORGANIZATION, doc.substring(start, end) + " Cartel", Candidate.STRONG));
        }
    }

    // ---- darknet markets ----

    private void markets(String doc, Sentence s, List<Candidate> out) {
        Matcher m = MARKET_NAMED.matcher(s.text());
        while (m.find()) {
            String name = m.group(1);
            int start = s.start() + m.start(1);
            out.add(Candidate.rule(doc, start, start + name.length(), EntityTypes.MARKETPLACE, name, Candidate.STRONG));
        }
    }

    // ---- people ----

    private void persons(String doc, List<Token> toks, int[] flags, List<Candidate> out) {
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (!isNameToken(t, flags[i])) continue;
            // collect up to 3 name tokens, allowing a middle initial "B."
            int j = i;
            int count = 1;
            int last = i;
            while (j + 1 < toks.size() && count < 4) {
                Token n = toks.get(j + 1);
                if (n.text().equals(".") && toks.get(j).text().length() == 1) {
                    j++;
                    continue;
                }
                if ((n.text().equals("-") || n.text().equals("’") || n.text().equals("'")) && j + 2 < toks.size()
                        && isNameToken(toks.get(j + 2), flags[j + 2]) && toks.get(j + 2).start() == n.end() && n.start() == toks.get(j).end()
                        && !toks.get(j + 2).text().equals("s")) {
                    j += 2;
                    last = j;
                    continue;
                }
                if (isNameToken(n, flags[j + 1]) && n.start() - toks.get(j).end() <= 1) {
                    j++;
                    last = j;
                    count++;
                } else {
                    break;
                }
            }
            if (count < 2 && (i == 0 || !lex.titleWords.contains(toks.get(i - 1).text().replace(".", "")))) {
                i = last;
                continue;
            }
            if (gazetteer.trie().longestAt(toks, i) != null) {
                i = last;
                continue;
            }
            String before = doc.substring(Math.max(0, t.start() - 60), t.start());
            boolean firstName = lex.firstNames.contains(t.text());
            boolean titled = endsWithTitle(before);
            int nameTokens = count;
            boolean ok;
            if (nameTokens < 2) {
                ok = titled && !firstName;
            } else if (firstName || titled) {
                ok = true;
            } else {
                String after = doc.substring(toks.get(last).end(), Math.min(doc.length(), toks.get(last).end() + 60));
                ok = afterBylineWord(before) || followedLikePerson(after) || followedByOfKnownBody(toks, last);
            }
            if (!ok) {
                i = last;
                continue;
            }
            int start = t.start();
            int end = toks.get(last).end();
            String name = doc.substring(start, end);
            out.add(Candidate.rule(doc, start, end, EntityTypes.PERSON, name, Candidate.STRONG));
            i = last;
        }
    }

    /** "Helena Markov of the DEA": a known agency or organisation right after "of (the)". */
    private boolean followedByOfKnownBody(List<Token> toks, int last) {
        int k = last + 1;
        if (k >= toks.size() || !toks.get(k).text().equals("of")) return false;
        k++;
        if (k < toks.size() && toks.get(k).text().equals("the")) k++;
        TokenTrie.Match m = gazetteer.trie().longestAt(toks, k);
        return m != null && (EntityTypes.AGENCY.equals(m.entry().type()) || EntityTypes.ORGANIZATION.equals(m.entry().type()));
    }

    /** @param flags the word's {@link Lexicon#flags} (asked only of capitalised words) */
    private static boolean isNameToken(Token t, int flags) {
        String s = t.text();
        if (!t.isWord() || s.length() < 2 && !Character.isUpperCase(s.charAt(0))) return false;
        if (!Character.isUpperCase(s.charAt(0))) return false;
        if (t.isAllCaps() && s.length() > 1) return false;
        for (int k = 0; k < s.length(); k++) if (Character.isDigit(s.charAt(k))) return false;
        return (flags & (Lexicon.NOT_PERSON | Lexicon.STOPWORD | Lexicon.TITLE_WORD)) == 0;
    }

    /** The words that put a name after them in a byline or a quote: "by Ana Reyes", "said Ana Reyes". */
    private static final String[] BYLINE_WORDS = {"By", "by", "said", "says", "according to", "told", "wrote", "added", "explained"};

    /** {@code before} ends with a byline word and one space: {@code (?:\\b[Bb]y|\\b(?:said|...)) $}. */
    static boolean afterBylineWord(String before) {
        int n = before.length() - 1;
        if (n < 0 || before.charAt(n) != ' ') return false;
        for (String w : BYLINE_WORDS) {
            int p = n - w.length();
            if (p >= 0 && before.startsWith(w, p) && (p == 0 || !RegexChars.isWordChar(before.charAt(p - 1)))) return true;
        }
        return false;
    }

    private static final Pattern PLACE_THEN_VERB = Pattern.compile("^ of [a-z .]{0,25}, [a-z ]{3,20}, (was|were|is|has|had|pleaded|faces)");
    private static final Pattern APPOSITION = Pattern.compile("^, (a|an|the) (former |acting |deputy |senior |chief |special |assistant |retired )*[a-z]+");

    private boolean endsWithTitle(String before) {
        if (!before.endsWith(" ")) return false;
        String b = before.stripTrailing();
        int sp = b.lastIndexOf(' ');
        String lastWord = b.substring(sp + 1).replace(".", "");
        if (!lex.titleWords.contains(lastWord)) return false;
        for (String title : lex.titles) {
            if (b.endsWith(title)) {
                int p = b.length() - title.length();
                if (p == 0 || !Character.isLetter(b.charAt(p - 1))) return true;
            }
        }
        return false;
    }

    private boolean followedLikePerson(String after) {
        String a = after.toLowerCase(Locale.ROOT);
        if (a.length() < 3 || (a.charAt(0) != ' ' && a.charAt(0) != ',')) return false;
        if (a.charAt(0) == ' ') {
            int e = 1;
            while (e < a.length() && Character.isLetter(a.charAt(e))) e++;
            if (lex.speechVerbs.contains(a.substring(1, e))) return true;
        }
        int verbAt = a.charAt(0) == ' ' ? 1 : a.charAt(1) == ' ' ? 2 : -1; // " pleaded", ", who"
        for (String v : lex.crimeVerbs) {
            if (verbAt > 0 && a.startsWith(v, verbAt)) return true;
        }
        if (PLACE_THEN_VERB.matcher(a).lookingAt()) return true;
        return APPOSITION.matcher(a).lookingAt() && titleLike(a);
    }

    private boolean titleLike(String a) {
        for (String t : lex.titles) {
            if (Character.isLowerCase(t.charAt(0)) && a.contains(" " + t)) return true;
        }
        return a.contains("researcher") || a.contains("professor") || a.contains("secretary") || a.contains("spokes");
    }
}
