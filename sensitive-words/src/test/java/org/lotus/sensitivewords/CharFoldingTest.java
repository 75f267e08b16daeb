package org.lotus.sensitivewords;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CharFoldingTest {

    @Test
    void foldingIsIdempotent() {
        for (int c = 0; c < 65536; c++) {
            char folded = CharFolding.fold((char) c);
            assertThat(CharFolding.fold(folded)).as("U+%04X", c).isEqualTo(folded);
        }
    }

    @Test
    void foldsWidthCaseAccentsAndTraditionalCharacters() {
        assertThat(CharFolding.fold('Ｐ')).isEqualTo('p');
        assertThat(CharFolding.fold('É')).isEqualTo('e');
        assertThat(CharFolding.fold('ç')).isEqualTo('c');
        assertThat(CharFolding.fold('險')).isEqualTo('险');
        assertThat(CharFolding.fold('姦')).isEqualTo('奸');
    }

    @Test
    void classifiesNoise() {
        assertThat(CharFolding.classOf('*')).isEqualTo(CharFolding.NOISE);
        assertThat(CharFolding.classOf('·')).isEqualTo(CharFolding.NOISE);
        assertThat(CharFolding.classOf('\u200B')).isEqualTo(CharFolding.NOISE);
        assertThat(CharFolding.classOf('\u3000')).isEqualTo(CharFolding.SPACE);
        assertThat(CharFolding.classOf('，')).isEqualTo(CharFolding.PAUSE);
        assertThat(CharFolding.classOf('\u0301')).isEqualTo(CharFolding.IGNORABLE);
        assertThat(CharFolding.classOf('安')).isEqualTo(CharFolding.KEPT);
    }
}
