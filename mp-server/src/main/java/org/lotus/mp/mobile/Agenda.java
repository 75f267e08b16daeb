package org.lotus.mp.mobile;

import java.time.DayOfWeek;
import java.util.List;
import org.lotus.content.UtcTime;
import org.lotus.content.announcement.Announcement;
import org.lotus.content.announcement.Announcements;
import org.springframework.stereotype.Component;

/** The valid announcements, soonest first, written as readers see them: date, time, place, then the notice. */
@Component
class Agenda {

    private static final String[] WEEKDAYS = {"周一", "周二", "周三", "周四", "周五", "周六", "周日"};

    private final Announcements announcements;

    Agenda(Announcements announcements) {
        this.announcements = announcements;
    }

    List<Entry> entries() {
        return announcements.agenda(UtcTime.now()).stream().map(Agenda::entry).toList();
    }

    /** The agenda as the text of a menu reply; empty when nothing is valid. */
    String text() {
        List<Entry> entries = entries();
        if (entries.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder("近期活动与通知：");
        for (Entry entry : entries) {
            text.append("\n\n").append(entry.title());
            if (!entry.when().isEmpty()) {
                text.append("\n时间：").append(entry.when());
            }
            if (entry.place() != null) {
                text.append("\n地点：").append(entry.place());
            }
            text.append('\n').append(entry.body());
        }
        return text.toString();
    }

    private static Entry entry(Announcement a) {
        StringBuilder when = new StringBuilder();
        if (a.getEventDate() != null) {
            DayOfWeek day = a.getEventDate().getDayOfWeek();
            when.append(a.getEventDate().getMonthValue())
                    .append("月")
                    .append(a.getEventDate().getDayOfMonth())
                    .append("日（")
                    .append(WEEKDAYS[day.getValue() - 1])
                    .append("）");
            if (a.getEventTime() != null) {
                when.append(' ')
                        .append(String.format(
                                "%02d:%02d",
                                a.getEventTime().getHour(), a.getEventTime().getMinute()));
            }
        }
        return new Entry(a.getPublishedTitle(), a.getPublishedBody(), when.toString(), a.getPublishedPlace());
    }

    /** One announcement in its rewritten form; public, or the page template cannot read it. */
    public record Entry(String title, String body, String when, String place) {}
}
