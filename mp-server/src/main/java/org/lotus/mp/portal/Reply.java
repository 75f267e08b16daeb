package org.lotus.mp.portal;

/** What the portal answers a push with: nothing ("success"), a text, a one-item news message, or a voice. */
sealed interface Reply {

    Reply NONE = new Nothing();

    record Nothing() implements Reply {}

    record Text(String content) implements Reply {}

    record News(String title, String description, String url, String pictureUrl) implements Reply {}

    /** A voice message: WeChat's permanent voice material id of an audio library clip. */
    record Voice(String mediaId) implements Reply {}

    /** A compact form without the reader's identity, kept for retries: the same push gets the same answer. */
    static String encode(Reply reply) {
        if (reply instanceof Text t) {
            return "T" + t.content();
        }
        if (reply instanceof Voice v) {
            return "V" + v.mediaId();
        }
        if (reply instanceof News n) {
            return "W" + String.join("\u0000", n.title(), n.description(), n.url(), n.pictureUrl());
        }
        return "N";
    }

    static Reply decode(String encoded) {
        return switch (encoded.charAt(0)) {
            case 'T' -> new Text(encoded.substring(1));
            case 'V' -> new Voice(encoded.substring(1));
            case 'W' -> {
                String[] parts = encoded.substring(1).split("\u0000", -1);
                yield new News(parts[0], parts[1], parts[2], parts[3]);
            }
            default -> NONE;
        };
    }
}
