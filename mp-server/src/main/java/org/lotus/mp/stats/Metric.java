package org.lotus.mp.stats;

/** What is counted. The item of a count says which section, channel, kind or article it is about, never who. */
public enum Metric {
    FOLLOWS("follows"),
    UNFOLLOWS("unfollows"),
    CHANNEL_FOLLOWS("channelFollows"),
    CHANNEL_SCANS("channelScans"),
    MENU_TAPS("menuTaps"),
    KEYWORD_ANSWERS("keywordAnswers"),
    MESSAGES("messages"),
    URGENT("urgent"),
    ANSWERED("answered"),
    FIRST_ANSWER_MINUTES("firstAnswerMinutes"),
    ARTICLE_READS("articleReads"),
    NOTIFICATIONS("notifications"),
    /** Virtual outreach contacts, item "platform␟city"; read from the outreach log, never stored as a count. */
    OUTREACH("outreach");

    private final String key;

    Metric(String key) {
        this.key = key;
    }

    /** The name stored in {@code daily_count.metric}. */
    public String key() {
        return key;
    }
}
