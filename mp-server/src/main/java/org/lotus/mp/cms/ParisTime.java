package org.lotus.mp.cms;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** A stored UTC time as staff read it: Paris time, day first. */
final class ParisTime {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private ParisTime() {}

    static String shown(LocalDateTime utc) {
        return utc == null
                ? ""
                : utc.atOffset(ZoneOffset.UTC)
                        .atZoneSameInstant(CommentPagesController.PARIS)
                        .format(SHOWN);
    }

    /** Now, as the value of a {@code datetime-local} input (to the minute): the earliest time a schedule takes. */
    static String nowInput() {
        return java.time.LocalDateTime.now(CommentPagesController.PARIS)
                .withSecond(0)
                .withNano(0)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
    }

    /** The value of a {@code datetime-local} input. */
    static String input(LocalDateTime utc) {
        return utc == null
                ? ""
                : utc.atOffset(ZoneOffset.UTC)
                        .atZoneSameInstant(CommentPagesController.PARIS)
                        .toLocalDateTime()
                        .toString();
    }
}
