package org.policygraph.extract;

/**
 * A distinct word as the tokenizer's per-thread pool keeps it: its text, its lower-case form, and what the
 * gazetteer trie and the lexicon said about it the last time they were asked (each remembers who asked, so a
 * second extractor with another gazetteer or lexicon asks again). Text repeats its words, so most lookups are
 * answered here instead of in a hash map. Confined to one thread, like the pool.
 */
public final class Word {
    final String text;
    final String norm;
    Object trie;
    Object trieNode;
    Object lexicon;
    int lexiconFlags;

    Word(String text, String norm) {
        this.text = text;
        this.norm = norm;
    }
}
