package org.lotus.content;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Every timestamp in the content tables is UTC without zone, as the columns are DATETIME. */
public final class UtcTime {

    private UtcTime() {}

    public static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }

    public static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    public static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
