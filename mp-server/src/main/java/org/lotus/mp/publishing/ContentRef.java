package org.lotus.mp.publishing;

/** What a publishing job works on, as its task instance id: {@code article:12}, {@code announcement:3}. */
record ContentRef(Kind kind, long id) {

    enum Kind {
        ARTICLE,
        ANNOUNCEMENT,
        PARTNER
    }

    static ContentRef article(long id) {
        return new ContentRef(Kind.ARTICLE, id);
    }

    static ContentRef announcement(long id) {
        return new ContentRef(Kind.ANNOUNCEMENT, id);
    }

    static ContentRef partner(long id) {
        return new ContentRef(Kind.PARTNER, id);
    }

    static ContentRef parse(String instanceId) {
        int colon = instanceId.indexOf(':');
        return new ContentRef(
                Kind.valueOf(instanceId.substring(0, colon).toUpperCase()),
                Long.parseLong(instanceId.substring(colon + 1)));
    }

    String instanceId() {
        return kind.name().toLowerCase() + ":" + id;
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase() + " " + id;
    }
}
