package org.lotus.sensitivewords;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * French plural and feminine endings, and the case pattern of a matched word. Inflections are generated at compile
 * time so "préservatifs" is a spelling of its own, replaced by "outils", without a stemmer at run time.
 */
final class FrenchForms {

    /** Words that elide before a vowel: "le outil" must read "l'outil". */
    private static final Set<String> ELIDING = Set.of("le", "la", "de", "que", "je", "me", "te", "se", "ne");

    private FrenchForms() {}

    /**
     * Endings a term may take. Only words that plausibly inflect get "e"/"es": adding them to "passe" would turn
     * the everyday "passée" into a match.
     */
    static List<String> suffixes(String term) {
        String t = term.toLowerCase(Locale.ROOT);
        char last = t.charAt(t.length() - 1);
        if (!(last >= 'a' && last <= 'z') && last != 'é') {
            return List.of();
        }
        if (last == 's' || last == 'x' || last == 'z') {
            return List.of();
        }
        if (t.endsWith("au") || t.endsWith("eu") || t.endsWith("ou")) {
            return List.of("s", "x");
        }
        if (last == 'é' || last == 't' || last == 'n' || last == 'r' || last == 'l' || last == 'd') {
            return List.of("s", "e", "es");
        }
        return List.of("s");
    }

    /** Inflects the first word of a replacement, the head of a French noun phrase ("homme en bleu"). */
    static String inflect(String replacement, String suffix) {
        int space = replacement.indexOf(' ');
        String head = space < 0 ? replacement : replacement.substring(0, space);
        String rest = space < 0 ? "" : replacement.substring(space);
        if (head.isEmpty() || !Character.isLetter(head.charAt(head.length() - 1))) {
            return replacement;
        }
        String inflected = switch (suffix) {
            case "e" -> feminine(head);
            case "es" -> plural(feminine(head));
            default -> plural(head);
        };
        return inflected + rest;
    }

    private static String feminine(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith("e")) {
            return word;
        }
        if (w.endsWith("eur")) {
            return word.substring(0, word.length() - 1) + "se";
        }
        if (w.endsWith("er")) {
            return word.substring(0, word.length() - 2) + "ère";
        }
        if (w.endsWith("if")) {
            return word.substring(0, word.length() - 1) + "ve";
        }
        if (w.endsWith("en") || w.endsWith("on") || w.endsWith("el")) {
            return word + word.charAt(word.length() - 1) + "e";
        }
        return word + "e";
    }

    private static String plural(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith("s") || w.endsWith("x") || w.endsWith("z")) {
            return word;
        }
        boolean upper = word.equals(word.toUpperCase(Locale.ROOT)) && word.length() > 1;
        String ending = w.endsWith("au") || w.endsWith("eu") ? "x" : "s";
        return word + (upper ? ending.toUpperCase(Locale.ROOT) : ending);
    }

    /** Gives the replacement the case pattern of the matched text: PRÉSERVATIF → OUTIL, Préservatif → Outil. */
    static String matchCase(char[] original, int from, int to, String replacement) {
        int letters = 0;
        int upper = 0;
        boolean firstUpper = false;
        for (int i = from; i < to; i++) {
            char c = original[i];
            // Chinese characters (the block as assigned since Unicode 13) are letters without case: no table lookup.
            boolean ideograph = c >= '\u4e00' && c <= '\u9ffc';
            if (ideograph || Character.isLetter(c)) {
                boolean isUpper = !ideograph && Character.isUpperCase(c);
                if (letters == 0) {
                    firstUpper = isUpper;
                }
                letters++;
                upper += isUpper ? 1 : 0;
            }
        }
        if (letters >= 2 && upper == letters) {
            return replacement.toUpperCase(Locale.FRENCH);
        }
        if (firstUpper && !replacement.isEmpty()) {
            int first = replacement.codePointAt(0);
            return new StringBuilder(replacement.length())
                    .appendCodePoint(Character.toUpperCase(first))
                    .append(replacement, Character.charCount(first), replacement.length())
                    .toString();
        }
        return replacement;
    }

    /**
     * Start of an eliding word ("le ", "de ", "que ") right before {@code hitStart}, not before {@code floor}, or -1.
     * A replacement starting with a vowel then takes the elided form: "le préservatif" becomes "l'outil".
     */
    static int elidingWordStart(char[] text, int hitStart, int floor) {
        int space = hitStart - 1;
        if (space <= floor || text[space] != ' ') {
            return -1;
        }
        int w = space;
        while (w > floor && space - w < 3 && Character.isLetter(text[w - 1])) {
            w--;
        }
        if (w == space || (w > 0 && Character.isLetterOrDigit(text[w - 1]))) {
            return -1;
        }
        return ELIDING.contains(new String(text, w, space - w).toLowerCase(Locale.ROOT)) ? w : -1;
    }

    /** "le " → "l'", "Que " → "Qu'". */
    static String elided(char[] text, int wordStart, int hitStart) {
        return new String(text, wordStart, hitStart - 2 - wordStart) + "'";
    }

    static boolean startsWithVowel(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                return "aeiouy".indexOf(CharFolding.fold(c)) >= 0;
            }
        }
        return false;
    }
}
