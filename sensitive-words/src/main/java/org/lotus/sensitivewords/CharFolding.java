package org.lotus.sensitivewords;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Per-character folding for matching, precomputed once into 64K tables so the hot loop is two array reads: NFKC
 * (full-width to half-width), lower case, French accents removed, traditional to simplified Chinese. Every fold maps
 * one UTF-16 unit to one, which keeps the offset map back to the original text trivial.
 */
final class CharFolding {

    /** Kept and matched. */
    static final byte KEPT = 0;
    /** Dropped from the matching view and counted as a gap: spaces, punctuation, zero-width characters, symbols. */
    static final byte NOISE = 1;
    /** Dropped without counting: combining marks, so a decomposed "é" still reads as one letter. */
    static final byte IGNORABLE = 2;
    /** Noise that is white space: a French word may hold it only where the term has a space. */
    static final byte SPACE = 3;
    /** Noise that ends a clause (，。, . ! ? ; : and line breaks): inside a term only when every gap has noise. */
    static final byte PAUSE = 4;

    private static final String PAUSES = ",.!?;:\u3001\u3002\u2026\uFF61\uFF64\n\r\u2028\u2029\u0085";

    /** Folded character kinds, used for word-boundary rules. */
    static final byte OTHER = 0;

    static final byte WORD = 1;
    static final byte CJK = 2;

    /** Stands for markup in an HTML view; never part of a term since control characters are noise. */
    static final char BARRIER = '\0';

    private static final String T2S_RESOURCE = "data/dictionary/tc/t2s.txt";

    private static final char[] FOLD = new char[65536];
    private static final byte[] CLASS = new byte[65536];
    private static final byte[] KIND = new byte[65536];

    static {
        char[] simplified = loadTraditionalToSimplified();
        for (int c = 0; c < 65536; c++) {
            char folded = foldOnce((char) c);
            FOLD[c] = simplified[folded] != 0 ? simplified[folded] : folded;
        }
        // Close chains (a fold whose result folds again) so folding is idempotent: a term and a text that spell
        // the same word differently must reach the same characters.
        for (int c = 0; c < 65536; c++) {
            char f = FOLD[c];
            for (int step = 0; step < 4 && FOLD[f] != f; step++) {
                f = FOLD[f];
            }
            FOLD[c] = f;
        }
        for (int c = 0; c < 65536; c++) {
            CLASS[c] = classify((char) c, FOLD[c]);
            KIND[c] = kindOf((char) c);
        }
    }

    private CharFolding() {}

    static char fold(char c) {
        return FOLD[c];
    }

    static byte classOf(char c) {
        return CLASS[c];
    }

    /** The kind of an already folded character. */
    static byte kindOf(char folded) {
        if (Character.isSurrogate(folded)) {
            return OTHER;
        }
        if (Character.isIdeographic(folded)) {
            return CJK;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(folded);
        if (script == Character.UnicodeScript.HAN) {
            return CJK;
        }
        return Character.isLetterOrDigit(folded) ? WORD : OTHER;
    }

    static byte kind(char folded) {
        return KIND[folded];
    }

    /** Classifies a supplementary code point (a surrogate pair): emoji and symbols are noise, the rest kept. */
    static byte classOfCodePoint(int codePoint) {
        return isNoiseType(Character.getType(codePoint)) ? NOISE : KEPT;
    }

    private static char foldOnce(char c) {
        if (Character.isSurrogate(c)) {
            return c;
        }
        String s = String.valueOf(c);
        String nfkc = Normalizer.normalize(s, Normalizer.Form.NFKC);
        char f = nfkc.length() == 1 ? nfkc.charAt(0) : c;
        f = Character.toLowerCase(f);
        String nfd = Normalizer.normalize(String.valueOf(f), Normalizer.Form.NFD);
        if (nfd.length() > 1 && Character.isLetter(nfd.charAt(0)) && onlyMarksAfterFirst(nfd)) {
            f = nfd.charAt(0);
        }
        return f;
    }

    private static boolean onlyMarksAfterFirst(String s) {
        for (int i = 1; i < s.length(); i++) {
            if (Character.getType(s.charAt(i)) != Character.NON_SPACING_MARK) {
                return false;
            }
        }
        return true;
    }

    private static byte classify(char original, char folded) {
        if (Character.isSurrogate(original)) {
            return KEPT;
        }
        int type = Character.getType(original);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
            return IGNORABLE;
        }
        if (PAUSES.indexOf(original) >= 0 || PAUSES.indexOf(folded) >= 0) {
            return PAUSE;
        }
        if (Character.isWhitespace(original) || Character.isSpaceChar(original) || Character.isSpaceChar(folded)) {
            return SPACE;
        }
        if (isNoiseType(type) || isNoiseType(Character.getType(folded))) {
            return NOISE;
        }
        return KEPT;
    }

    private static boolean isNoiseType(int type) {
        return switch (type) {
            case Character.SPACE_SEPARATOR,
                    Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR,
                    Character.CONTROL,
                    Character.FORMAT,
                    Character.CONNECTOR_PUNCTUATION,
                    Character.DASH_PUNCTUATION,
                    Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION,
                    Character.MATH_SYMBOL,
                    Character.MODIFIER_SYMBOL,
                    Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }

    /**
     * Reads HanLP's character-level traditional-to-simplified table from its jar; phrase entries are skipped because
     * they would break the one-to-one offset map.
     */
    private static char[] loadTraditionalToSimplified() {
        char[] map = new char[65536];
        InputStream in = CharFolding.class.getClassLoader().getResourceAsStream(T2S_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("HanLP's " + T2S_RESOURCE + " is missing from the class path");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.length() == 3 && line.charAt(1) == '=') {
                    char traditional = line.charAt(0);
                    char simplified = line.charAt(2);
                    if (!Character.isSurrogate(traditional) && !Character.isSurrogate(simplified)) {
                        map[traditional] = simplified;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }
}
