package org.lotus.mp.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UrgentSignalsTest {

    private static final UrgentSignals SIGNALS = new UrgentSignals();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "救命！",
                "我昨天被打了，很害怕",
                "客人不让我走",
                "救 命",
                "昨天晚上套破了怎么办",
                "我想报警",
                "J'ai été agressée hier soir",
                "AU SECOURS",
                "il faut le TPE",
                "jiuming",
                "他強姦了我"
            })
    void flagsMessagesThatSignalDanger(String message) {
        assertThat(SIGNALS.isUrgent(message)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"你好，请问检测在哪里？", "谢谢你们", "Bonjour, quels sont vos horaires ?", "", "   "})
    void leavesOrdinaryMessagesAlone(String message) {
        assertThat(SIGNALS.isUrgent(message)).isFalse();
    }
}
