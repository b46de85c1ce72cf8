package org.policygraph.ingest;

/** Tells text from binary data and empty files, so that neither reaches extraction as nonsense. */
public final class TextSanity {
    /** Share of control or replacement characters above which decoded "text" is taken for binary data. */
    public static final double MAX_JUNK_SHARE_DEFAULT = 0.02;

    private TextSanity() {
    }

    /** @throws IngestException "not a text document (binary data)" or "empty file" */
    public static void requireText(String decoded) throws IngestException {
        if (isBinary(decoded)) throw new IngestException("not a text document (binary data)");
        if (decoded.isBlank()) throw new IngestException("empty file");
    }

    static boolean isBinary(String s) {
        int junk = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == 0) return true;
            if (isJunk(c)) junk++;
        }
        return n > 0 && junk > Math.max(1, n * MAX_JUNK_SHARE_DEFAULT);
    }

    private static boolean isJunk(char c) {
        if (c == '\n' || c == '\r' || c == '\t' || c == '\f') return false;
        return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == '\uFFFD';
    }
}
