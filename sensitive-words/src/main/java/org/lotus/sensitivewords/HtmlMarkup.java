package org.lotus.sensitivewords;

/**
 * Finds where a piece of markup ends, following the HTML tokenizer closely enough to keep tags, attributes,
 * comments, scripts and styles out of the rewriter's reach. Text is whatever is left.
 */
final class HtmlMarkup {

    /** Elements whose content is raw text, never rewritten: code and style sheets, not prose. */
    private static final String[] RAW_TEXT = {"script", "style", "xmp", "iframe", "noembed", "noframes"};

    private HtmlMarkup() {}

    /**
     * The index just past the markup that starts with the {@code '<'} at {@code i}, or -1 when that {@code '<'} is
     * plain text. Unterminated markup runs to the end of the input: leaving it alone is the safe choice.
     */
    static int end(char[] s, int i) {
        int n = s.length;
        if (i + 1 >= n) {
            return -1;
        }
        char next = s[i + 1];
        if (next == '!') {
            if (startsWith(s, i, "<!--")) {
                return after(s, indexOf(s, "-->", i + 4), 3);
            }
            if (startsWith(s, i, "<![CDATA[")) {
                return after(s, indexOf(s, "]]>", i + 9), 3);
            }
            return after(s, indexOf(s, ">", i + 2), 1);
        }
        if (next == '?') {
            return after(s, indexOf(s, ">", i + 2), 1);
        }
        if (next == '/') {
            return i + 2 < n && isAsciiLetter(s[i + 2]) ? tagEnd(s, i + 2) : -1;
        }
        if (!isAsciiLetter(next)) {
            return -1;
        }
        int nameEnd = i + 1;
        while (nameEnd < n && isNameChar(s[nameEnd])) {
            nameEnd++;
        }
        int stop = tagEnd(s, nameEnd);
        String name = new String(s, i + 1, nameEnd - i - 1);
        for (String raw : RAW_TEXT) {
            if (raw.equalsIgnoreCase(name) && stop < n) {
                return closingTagEnd(s, stop, raw);
            }
        }
        return stop;
    }

    /** Skips attributes, honouring quoted values (a quote opens one only after '='), past the closing '>'. */
    private static int tagEnd(char[] s, int from) {
        char quote = 0;
        char previous = 0;
        for (int j = from; j < s.length; j++) {
            char c = s[j];
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if ((c == '"' || c == '\'') && previous == '=') {
                quote = c;
            } else if (c == '>') {
                return j + 1;
            }
            if (!Character.isWhitespace(c)) {
                previous = c;
            }
        }
        return s.length;
    }

    private static int closingTagEnd(char[] s, int from, String name) {
        for (int j = from; j < s.length - 1; j++) {
            if (s[j] == '<' && s[j + 1] == '/' && regionMatchesIgnoreCase(s, j + 2, name)) {
                int after = j + 2 + name.length();
                if (after >= s.length || !isNameChar(s[after])) {
                    return tagEnd(s, after);
                }
            }
        }
        return s.length;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isNameChar(char c) {
        return !(c == '>' || c == '/' || Character.isWhitespace(c));
    }

    private static boolean startsWith(char[] s, int i, String prefix) {
        return i + prefix.length() <= s.length && regionMatches(s, i, prefix);
    }

    private static boolean regionMatches(char[] s, int i, String p) {
        for (int k = 0; k < p.length(); k++) {
            if (s[i + k] != p.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean regionMatchesIgnoreCase(char[] s, int i, String p) {
        if (i + p.length() > s.length) {
            return false;
        }
        for (int k = 0; k < p.length(); k++) {
            if (Character.toLowerCase(s[i + k]) != p.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(char[] s, String p, int from) {
        for (int j = from; j + p.length() <= s.length; j++) {
            if (regionMatches(s, j, p)) {
                return j;
            }
        }
        return -1;
    }

    private static int after(char[] s, int found, int width) {
        return found < 0 ? s.length : found + width;
    }
}
