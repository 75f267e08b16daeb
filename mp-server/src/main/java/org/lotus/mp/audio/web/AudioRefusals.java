package org.lotus.mp.audio.web;

import java.util.Locale;
import org.lotus.mp.audio.AudioRefusedException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns a refusal into the sentence staff read: French, Chinese, or both for the API (staff use either). */
@Component
class AudioRefusals {

    private final MessageSource messages;

    AudioRefusals(MessageSource messages) {
        this.messages = messages;
    }

    String in(Locale locale, AudioRefusedException refused) {
        return messages.getMessage(refused.messageKey(), new Object[] {refused.limit()}, locale);
    }

    String bilingual(AudioRefusedException refused) {
        return in(Locale.FRENCH, refused) + " · " + in(Locale.CHINESE, refused);
    }
}
