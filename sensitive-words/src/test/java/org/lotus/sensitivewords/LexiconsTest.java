package org.lotus.sensitivewords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LexiconsTest {

    private static List<LexiconEntry> parse(String tsv) throws IOException {
        return Lexicons.load(new StringReader(tsv));
    }

    @Test
    void readsEntriesSkippingHeaderCommentsAndBlankLines() throws IOException {
        List<LexiconEntry> entries = parse("# term\treplacement\tlanguage\tcategory\n"
                + "安全套\t工具\tzh\tprevention\n"
                + "\n"
                + "préservatif\toutil\tfr\tprevention\tnote here\n"
                + "法轮功\t\tboth\tpolitics\n");

        assertThat(entries)
                .containsExactly(
                        new LexiconEntry("安全套", "工具", Language.ZH, "prevention", ""),
                        new LexiconEntry("préservatif", "outil", Language.FR, "prevention", "note here"),
                        new LexiconEntry("法轮功", "", Language.ANY, "politics", ""));
        assertThat(entries.get(2).blocked()).isTrue();
    }

    @Test
    void writesWhatItReads() throws IOException {
        List<LexiconEntry> entries = Lexicons.shipped();
        StringWriter out = new StringWriter();

        Lexicons.write(entries, out);

        assertThat(parse(out.toString())).isEqualTo(entries);
    }

    @Nested
    class BadLines {

        @Test
        void namesLineWithMissingColumns() {
            assertThatThrownBy(() -> parse("# header\n安全套\t工具\tzh\tprevention\n警察\t蓝衣人\tzh\n"))
                    .isInstanceOf(LexiconFormatException.class)
                    .hasMessageStartingWith("line 3:")
                    .satisfies(e -> assertThat(((LexiconFormatException) e).lineNumber())
                            .isEqualTo(3));
        }

        @Test
        void namesLineWithUnknownLanguage() {
            assertThatThrownBy(() -> parse("安全套\t工具\tde\tprevention\n"))
                    .hasMessageStartingWith("line 1:")
                    .hasMessageContaining("de");
        }

        @Test
        void namesLineWithBlankTerm() {
            assertThatThrownBy(() -> parse("安全套\t工具\tzh\tprevention\n \t工具\tzh\tprevention\n"))
                    .hasMessageStartingWith("line 2:")
                    .hasMessageContaining("term");
        }

        @Test
        void namesLineWithBlankCategory() {
            assertThatThrownBy(() -> parse("安全套\t工具\tzh\t \n"))
                    .hasMessageStartingWith("line 1:")
                    .hasMessageContaining("category");
        }
    }

    @Nested
    class Shipped {

        private final List<LexiconEntry> entries = Lexicons.shipped();

        @Test
        void holdsAtLeast150ChineseAnd80FrenchEntries() {
            assertThat(entries.stream().filter(e -> e.language() == Language.ZH))
                    .hasSizeGreaterThanOrEqualTo(150);
            assertThat(entries.stream().filter(e -> e.language() == Language.FR))
                    .hasSizeGreaterThanOrEqualTo(80);
        }

        @Test
        void coversEveryCategory() {
            assertThat(entries)
                    .extracting(LexiconEntry::category)
                    .contains("prevention", "health", "sexwork", "violence", "police", "drugs", "politics", "explicit");
        }

        @Test
        void compilesSoNoReplacementHoldsATerm() {
            assertThat(Lexicon.compile(entries).size()).isEqualTo(entries.size());
        }
    }

    @Nested
    class Compiling {

        @Test
        void rejectsReplacementHoldingATerm() {
            List<LexiconEntry> entries = List.of(
                    LexiconEntry.of("人口贩卖", "人口交易", Language.ZH, "violence"),
                    LexiconEntry.of("口交", "", Language.ZH, "explicit"));

            assertThatThrownBy(() -> Lexicon.compile(entries))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("人口交易")
                    .hasMessageContaining("口交");
        }

        @Test
        void rejectsInflectedReplacementHoldingATerm() {
            List<LexiconEntry> entries = List.of(
                    LexiconEntry.of("capote", "outil", Language.FR, "prevention"),
                    LexiconEntry.of("outils", "", Language.FR, "test"));

            assertThatThrownBy(() -> Lexicon.compile(entries)).hasMessageContaining("outils");
        }

        @Test
        void rejectsTwoEntriesFoldingToTheSameSpelling() {
            List<LexiconEntry> entries = List.of(
                    LexiconEntry.of("drogue", "substance", Language.FR, "drugs"),
                    LexiconEntry.of("drogué", "usager", Language.ANY, "drugs"));

            assertThatThrownBy(() -> Lexicon.compile(entries)).hasMessageContaining("duplicate");
        }

        @Test
        void acceptsSameSpellingInDifferentLanguages() {
            List<LexiconEntry> entries = List.of(
                    LexiconEntry.of("OQTF", "离开通知", Language.ZH, "police"),
                    LexiconEntry.of("OQTF", "papier de départ", Language.FR, "police"));

            Rewriter rewriter = Lexicon.compile(entries).rewriter();

            assertThat(rewriter.rewrite("OQTF", Language.ZH).text()).isEqualTo("离开通知");
            assertThat(rewriter.rewrite("OQTF", Language.FR).text()).isEqualTo("papier de départ");
        }

        @Test
        void rejectsTermWithoutLetters() {
            assertThatThrownBy(() -> Lexicon.compile(List.of(LexiconEntry.of("***", "x", Language.FR, "test"))))
                    .hasMessageContaining("***");
        }

        @Test
        void rejectsBlankTermOrCategory() {
            assertThatThrownBy(() -> LexiconEntry.of(" ", "x", Language.FR, "c"))
                    .hasMessageContaining("term");
            assertThatThrownBy(() -> LexiconEntry.of("x", "y", Language.FR, "")).hasMessageContaining("category");
        }
    }
}
