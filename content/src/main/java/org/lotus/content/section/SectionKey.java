package org.lotus.content.section;

import java.util.Arrays;
import java.util.Optional;

/** The stable keys of the sections; names and order are editable, keys are not. */
public enum SectionKey {
    NEWS("news"),
    RIGHTS("rights"),
    INSURANCE("insurance"),
    HEALTH("health"),
    EMERGENCY("emergency"),
    SELF_DEFENCE("self-defence"),
    ABOUT("about"),
    HISTORY("history"),
    PARTNERS("partners"),
    MESSAGES("messages"),
    PRIVACY("privacy");

    private final String key;

    SectionKey(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<SectionKey> of(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }
}
