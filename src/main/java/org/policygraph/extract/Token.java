package org.policygraph.extract;

/**
 * A word or punctuation token with offsets into the document text.
 *
 * @param norm lower-case form used for matching
 */
public record Token(int start, int end, String text, String norm) {
    public boolean isWord() {
        return Character.isLetterOrDigit(text.charAt(0));
    }

    public boolean isCapitalised() {
        return Character.isUpperCase(text.charAt(0));
    }

    public boolean isAllCaps() {
        boolean letter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) return false;
            if (Character.isLetter(c)) letter = true;
        }
        return letter;
    }
}
