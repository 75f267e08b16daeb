package org.lotus.sensitivewords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotus.sensitivewords.Fixtures.rewriteFr;
import static org.lotus.sensitivewords.Fixtures.shipped;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FrenchRewriteTest {

    @Test
    void replacesWholeWord() {
        assertThat(rewriteFr("Prends un préservatif.")).isEqualTo("Prends un outil.");
    }

    @Test
    void keepsWordThatMerelyContainsTerm() {
        assertThat(rewriteFr("La violence et le violon")).isEqualTo("La violence et le violon");
        assertThat(rewriteFr("un policier2")).isEqualTo("un policier2");
    }

    @Test
    void matchesMultiWordTerm() {
        assertThat(rewriteFr("Elle est en garde à vue.")).isEqualTo("Elle est en retenue.");
        assertThat(rewriteFr("Elle est en garde-à-vue.")).isEqualTo("Elle est en retenue.");
    }

    @Nested
    class Inflection {

        @Test
        void inflectsPlural() {
            assertThat(rewriteFr("des préservatifs")).isEqualTo("des outils");
        }

        @Test
        void inflectsFeminineAndFemininePlural() {
            assertThat(rewriteFr("une cliente, des clientes")).isEqualTo("une visiteuse, des visiteuses");
            assertThat(rewriteFr("une policière")).isEqualTo("une gardienne");
        }

        @Test
        void usesExplicitEntryOverGeneratedForm() {
            assertThat(rewriteFr("une prostituée")).isEqualTo("une travailleuse");
        }
    }

    @Nested
    class Elision {

        @Test
        void keepsElidedArticle() {
            assertThat(rewriteFr("l'préservatif")).isEqualTo("l'outil");
            assertThat(rewriteFr("d'préservatifs")).isEqualTo("d'outils");
        }

        @Test
        void keepsTypographicApostrophe() {
            assertThat(rewriteFr("qu’préservatif")).isEqualTo("qu’outil");
        }

        @Test
        void elidesArticleBeforeReplacementStartingWithVowel() {
            assertThat(rewriteFr("Le préservatif et la capote")).isEqualTo("L'outil et l'outil");
            assertThat(rewriteFr("parce que préservatif")).isEqualTo("parce qu'outil");
        }

        @Test
        void reportsElidedArticleAsPartOfTheReplacement() {
            String input = "avec le préservatif";
            Replacement r = shipped().rewrite(input, Language.FR).replacements().get(0);
            assertThat(r.from()).isEqualTo("le préservatif").isEqualTo(input.substring(r.start(), r.end()));
            assertThat(r.to()).isEqualTo("l'outil");
        }

        @Test
        void offsetsExcludeElidedPrefix() {
            String input = "l’expulsion";
            Replacement r = shipped().rewrite(input, Language.FR).replacements().get(0);
            assertThat(input.substring(r.start(), r.end())).isEqualTo("expulsion");
        }
    }

    @Nested
    class CasePattern {

        @Test
        void keepsCapitalInitial() {
            assertThat(rewriteFr("Préservatifs gratuits")).isEqualTo("Outils gratuits");
        }

        @Test
        void keepsUpperCase() {
            assertThat(rewriteFr("PRÉSERVATIFS GRATUITS")).isEqualTo("OUTILS GRATUITS");
        }

        @Test
        void keepsLowerCase() {
            assertThat(rewriteFr("préservatifs")).isEqualTo("outils");
        }

        @Test
        void foldsFullWidthLatin() {
            assertThat(rewriteFr("ＰＲＥＳＥＲＶＡＴＩＦ")).isEqualTo("OUTIL");
        }

        @Test
        void foldsMissingAccents() {
            assertThat(rewriteFr("preservatif")).isEqualTo("outil");
        }

        @Test
        void foldsDecomposedAccents() {
            assertThat(rewriteFr("pre\u0301servatif")).isEqualTo("outil");
        }
    }

    @Nested
    class Obfuscation {

        @Test
        void matchesStarsBetweenLetters() {
            assertThat(rewriteFr("un p*r*é*s*e*r*v*a*t*i*f")).isEqualTo("un outil");
        }

        @Test
        void matchesSpacedOutLetters() {
            assertThat(rewriteFr("la p o l i c e")).isEqualTo("la patrouille");
        }

        @Test
        void ignoresTwoRealWordsThatSpellATermWithoutTheSpace() {
            RewriteResult result =
                    Fixtures.of(Fixtures.fr("passe", "rendez-vous")).rewrite("il ne veut pas se protéger", Language.FR);
            assertThat(result.text()).isEqualTo("il ne veut pas se protéger");
        }
    }

    @Test
    void reportsBlockedFrenchTerm() {
        RewriteResult result = shipped().rewrite("un film porno", Language.FR);
        assertThat(result.findings()).extracting(Finding::term).containsExactly("porno");
    }
}
