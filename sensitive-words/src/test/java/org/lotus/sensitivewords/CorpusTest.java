package org.lotus.sensitivewords;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Real sentences, one per line of {@code corpus.tsv}: language, input, expected output. */
class CorpusTest {

    static Stream<Arguments> sentences() throws IOException {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(CorpusTest.class.getResourceAsStream("/corpus.tsv"), StandardCharsets.UTF_8))) {
            return reader
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t", -1))
                    .map(cells -> Arguments.of(Language.parse(cells[0]), cells[1], cells[2]))
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("sentences")
    void rewritesSentenceAsExpected(Language language, String input, String expected) {
        assertThat(Fixtures.shipped().rewrite(input, language).text()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("sentences")
    void rewritesSentenceInsideHtmlTheSameWay(Language language, String input, String expected) {
        String html = "<p class=\"警察 police\">" + input + "</p>";
        assertThat(Fixtures.shipped().rewrite(html, TextFormat.HTML, language).text())
                .isEqualTo("<p class=\"警察 police\">" + expected + "</p>");
    }
}
