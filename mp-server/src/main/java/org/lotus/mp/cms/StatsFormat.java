package org.lotus.mp.cms;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** How figures read on the statistics pages: answer delays as "≤ 2 h", weeks by their Monday, months by name. */
final class StatsFormat {

    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d/M");

    private StatsFormat() {}

    /** A bucket bound in minutes, as "≤ 15 min", "≤ 2 h", "≤ 3 j" (or 分钟, 小时, 天); a dash without answers. */
    static String minutes(Integer bound, Locale locale) {
        if (bound == null) {
            return "—";
        }
        boolean zh = "zh".equals(locale.getLanguage());
        if (bound > 10080) {
            return zh ? "7天以上" : "> 7 j";
        }
        if (bound < 60) {
            return "≤ " + bound + (zh ? " 分钟" : " min");
        }
        if (bound < 1440) {
            return "≤ " + bound / 60 + (zh ? " 小时" : " h");
        }
        return "≤ " + bound / 1440 + (zh ? " 天" : " j");
    }

    static String week(LocalDate monday) {
        return monday.format(WEEK);
    }

    static String month(LocalDate first, Locale locale) {
        if ("zh".equals(locale.getLanguage())) {
            return first.getYear() + "年" + first.getMonthValue() + "月";
        }
        return first.getMonth().getDisplayName(TextStyle.SHORT, Locale.FRENCH) + " " + first.getYear();
    }
}
