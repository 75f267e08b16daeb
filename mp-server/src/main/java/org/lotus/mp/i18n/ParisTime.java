package org.lotus.mp.i18n;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The one way the CMS shows a moment: Europe/Paris, {@code 30/11/2026 14:05}. Stored times are UTC. */
public final class ParisTime {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ParisTime() {}

    /** A stored UTC time as staff read it; empty for none. */
    public static String format(LocalDateTime utc) {
        return utc == null
                ? ""
                : utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(PARIS).format(SHOWN);
    }

    public static String format(Instant instant) {
        return instant == null ? "" : instant.atZone(PARIS).format(SHOWN);
    }

    /** A calendar day (already a Paris day, e.g. an event's date): {@code 03/12/2026}; empty for none. */
    public static String day(java.time.LocalDate day) {
        return day == null ? "" : day.format(DAY);
    }

    /** Only the hour, for a moment today or soon ("à 03:36"). */
    public static String clock(Instant instant) {
        return instant == null ? "" : instant.atZone(PARIS).format(CLOCK);
    }

    /** Whole hours left until {@code utc} (0 when less than one, negative when past). */
    public static long hoursUntil(LocalDateTime utc, LocalDateTime nowUtc) {
        return Duration.between(nowUtc, utc).toHours();
    }
}
