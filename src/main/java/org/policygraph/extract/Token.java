package org.policygraph.extract;

/**
 * A word or punctuation token with offsets into the document text. Its shape (word, capitalised, all caps) is
 * worked out once by the tokenizer: the rules ask about it many times per token.
 *
 * @param norm lower-case form used for matching
 * @param word the pooled word behind a word token, where lookups about it are remembered; null for punctuation
 */
public record Token(int start, int end, String text, String norm, boolean isWord, boolean isCapitalised, boolean isAllCaps,
        Word word) {
    public Token(int start, int end, String text, String norm) {
        this(start, end, text, norm, Character.isLetterOrDigit(text.charAt(0)), Character.isUpperCase(text.charAt(0)), allCaps(text),
                null);
    }

    static boolean allCaps(CharSequence text) {
        boolean letter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) return false;
            if (Character.isLetter(c)) letter = true;
        }
        return letter;
    }
}
