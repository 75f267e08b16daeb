package org.lotus.sensitivewords;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** Seeded random texts for the property tests: the same seed always gives the same cases, so failures replay. */
final class RandomTexts {

    static final int CASES = Integer.getInteger("sensitivewords.cases", 300);
    private static final long SEED = Long.getLong("sensitivewords.seed", 20_240_611L);

    private static final List<LexiconEntry> SHIPPED = Lexicons.shipped();

    /** Every folded character of every shipped term and its inflections: text without them cannot hold a term. */
    private static final String TERM_CHARS = SHIPPED.stream()
            .map(e -> e.term() + String.join("", FrenchForms.suffixes(e.term())))
            .flatMap(t -> t.chars().mapToObj(c -> String.valueOf(CharFolding.fold((char) c))))
            .distinct()
            .collect(Collectors.joining());

    private static final String PLAIN_CHARS =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ,.;:!?'’*·\n<>&\"=/";

    private static final List<String> FILLER = List.of(
            "我们",
            "今天",
            "医生",
            "免费",
            "检测",
            "在",
            "的",
            "套餐",
            "安全",
            "方法",
            "轮流",
            "大",
            "麻烦",
            "人口",
            "工具",
            "la ",
            "le ",
            "des ",
            "santé ",
            "rendez-vous ",
            "pas ",
            "se ",
            "l'",
            "qu’",
            "violence ",
            "bonjour ",
            " ",
            "，",
            "。",
            "*",
            "·",
            "\u200B",
            "  ",
            "\n",
            "!",
            "?",
            "<",
            "&",
            "1",
            "Ｐ",
            "é",
            "É");

    private RandomTexts() {}

    /** Mixed Chinese, Latin and punctuation with every character that occurs in a term taken out. */
    static Stream<String> withoutTermCharacters() {
        Random random = new Random(SEED);
        return IntStream.range(0, CASES).mapToObj(i -> {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(200);
            while (s.length() < length) {
                char c = switch (random.nextInt(3)) {
                    case 0 -> PLAIN_CHARS.charAt(random.nextInt(PLAIN_CHARS.length()));
                    case 1 -> (char) ('\u4e00' + random.nextInt(0x9fa5 - 0x4e00));
                    default -> (char) ('\u00c0' + random.nextInt(0x40));
                };
                if (TERM_CHARS.indexOf(CharFolding.fold(c)) < 0) {
                    s.append(c);
                }
            }
            return s.toString();
        });
    }

    /** Shipped terms (as written, capitalised, in capitals, plural, starred) among filler words and noise. */
    static Stream<String> withTerms() {
        Random random = new Random(SEED + 1);
        return IntStream.range(0, CASES).mapToObj(i -> {
            StringBuilder s = new StringBuilder();
            int pieces = random.nextInt(25);
            for (int p = 0; p < pieces; p++) {
                int pick = random.nextInt(8);
                if (pick < 2) {
                    s.append(variant(SHIPPED.get(random.nextInt(SHIPPED.size())).term(), random));
                } else if (pick < 7) {
                    s.append(FILLER.get(random.nextInt(FILLER.size())));
                } else {
                    s.append((char) (' ' + random.nextInt(0x3000)));
                }
            }
            return s.toString();
        });
    }

    private static String variant(String term, Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> term.toUpperCase();
            case 1 -> Character.toUpperCase(term.charAt(0)) + term.substring(1);
            case 2 -> term + "s";
            case 3 -> term.chars().mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining("*"));
            default -> term;
        };
    }
}
