package org.lotus.sensitivewords;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The plain-text scan keeps only where each character starts and derives the folded characters and gaps on demand;
 * it must read exactly as the full view built character by character, and find exactly the hits an automaton finds
 * over that view.
 */
class NormalisedTextTest {

    private static final TermAutomaton AUTOMATON = Fixtures.shipped().lexicon().automaton(Language.ANY);

    static Stream<String> texts() {
        Stream<String> edgeCases = Stream.of(
                "",
                " ",
                "  安全套",
                "安\u200b全\u200b套",
                "安 * 全 · 套！",
                "e\u0301tui de pre\u0301servatifs",
                "😀安全套😀",
                "安😀全套",
                "\ud83d安全套",
                "安全套\ud83d",
                "\ude00\ud83d\ude00\ud83d",
                "𠀀安全套𠀀",
                "ＰＲＥＳＥＲＶＡＴＩＦＳ，préservatifs。",
                "\u00a0\t\n安，，，全套");
        return Stream.of(edgeCases, RandomTexts.withTerms(), RandomTexts.withoutTermCharacters())
                .flatMap(s -> s);
    }

    @ParameterizedTest
    @MethodSource("texts")
    void scanReadsAsTheFullView(String text) {
        NormalisedText full = NormalisedText.of(text, TextFormat.TEXT);
        Hits scanned = new Hits();
        NormalisedText lean = NormalisedText.scan(text, TextFormat.TEXT, AUTOMATON, scanned);
        try {
            assertThat(lean.length).isEqualTo(full.length);
            for (int k = 0; k < full.length; k++) {
                assertThat(lean.charAt(k)).as("character %d", k).isEqualTo(full.chars[k]);
                assertThat(lean.gapByte(k)).as("gap before %d", k).isEqualTo(full.gapByte(k));
                assertThat(lean.startOf(k)).isEqualTo(full.startOf(k));
                assertThat(lean.endOf(k)).isEqualTo(full.endOf(k));
            }
            Hits expected = new Hits();
            AUTOMATON.scan(full.chars, full.length, expected);
            assertThat(keys(scanned)).isEqualTo(keys(expected));
        } finally {
            lean.release();
        }
    }

    @ParameterizedTest
    @MethodSource("texts")
    void windowScanFindsTheSameHits(String text) {
        char[] chars = text.toCharArray();
        int[] starts = new int[chars.length];
        Hits window = new Hits();
        int length = NormalisedText.scanPlain(chars, chars.length, AUTOMATON, window, starts);
        Hits whole = new Hits();
        NormalisedText view = NormalisedText.scan(text, TextFormat.TEXT, AUTOMATON, whole);
        try {
            assertThat(length).isEqualTo(view.length);
            assertThat(Arrays.copyOf(starts, length)).isEqualTo(starts(view));
            assertThat(keys(window)).isEqualTo(keys(whole));
        } finally {
            view.release();
        }
    }

    private static int[] starts(NormalisedText view) {
        int[] starts = new int[view.length];
        for (int k = 0; k < view.length; k++) {
            starts[k] = view.startOf(k);
        }
        return starts;
    }

    private static long[] keys(Hits hits) {
        hits.sort();
        long[] keys = new long[hits.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = hits.get(i);
        }
        return keys;
    }
}
