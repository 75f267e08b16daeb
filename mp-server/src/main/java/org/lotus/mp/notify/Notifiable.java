package org.lotus.mp.notify;

/** What followers can be notified of, and where the link of the notification leads. */
public enum Notifiable {
    ARTICLE("article"),
    ANNOUNCEMENT("announcement");

    private final String key;

    Notifiable(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
