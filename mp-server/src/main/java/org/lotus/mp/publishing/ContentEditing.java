package org.lotus.mp.publishing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lotus.content.PublicationStatus;
import org.lotus.content.StatusConflictException;
import org.lotus.content.announcement.Announcement;
import org.lotus.content.announcement.AnnouncementDraft;
import org.lotus.content.announcement.Announcements;
import org.lotus.content.article.Article;
import org.lotus.content.article.ArticleDraft;
import org.lotus.content.article.Articles;
import org.lotus.content.partner.Partner;
import org.lotus.content.partner.PartnerDraft;
import org.lotus.content.partner.Partners;
import org.lotus.mp.publishing.TextCheck.Checked;
import org.lotus.mp.publishing.TextCheck.Replaced;
import org.springframework.stereotype.Service;

/**
 * Saves and corrects content through the rewriter, for the API and the CMS alike. A correction of live content is
 * rewritten at once, so readers see it on our pages immediately; a corrected article on WeChat is replaced there by
 * the publishing job (old publication deleted, new one submitted once).
 */
@Service
public class ContentEditing {

    /** What was saved and the euphemisms its texts got. */
    public record Saved<T>(T content, List<Replaced> replacements) {}

    private final Articles articles;
    private final Announcements announcements;
    private final Partners partners;
    private final TextCheck check;
    private final PublishingSchedule schedule;

    ContentEditing(
            Articles articles,
            Announcements announcements,
            Partners partners,
            TextCheck check,
            PublishingSchedule schedule) {
        this.articles = articles;
        this.announcements = announcements;
        this.partners = partners;
        this.check = check;
        this.schedule = schedule;
    }

    public Saved<Article> correctArticle(long id, ArticleDraft draft) {
        Article valid = articles.validated(id, draft);
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("title", valid.getTitle());
        texts.put("digest", valid.getDigest() == null ? "" : valid.getDigest());
        Checked checked = check.check(valid.getLanguage(), texts, Map.of("body", valid.getBody()));
        Article corrected = articles.correct(
                id, draft, checked.text("title"), nullToEmpty(checked.text("digest")), checked.text("body"));
        if (corrected.getStatus() == PublicationStatus.SCHEDULED) {
            schedule.placeNow(ContentRef.article(id));
        }
        return new Saved<>(corrected, checked.replacements());
    }

    /** Creates ({@code id} null) or saves an announcement; a live one must be corrected instead. */
    public Saved<Announcement> saveAnnouncement(Long id, AnnouncementDraft draft) {
        Checked checked = checkAnnouncement(draft);
        Announcement saved = id == null ? announcements.create(draft) : announcements.update(id, draft);
        return new Saved<>(saved, checked.replacements());
    }

    public Saved<Announcement> correctAnnouncement(long id, AnnouncementDraft draft) {
        Checked checked = checkAnnouncement(draft);
        Announcement corrected =
                announcements.correct(id, draft, checked.text("title"), checked.text("body"), checked.text("place"));
        return new Saved<>(corrected, checked.replacements());
    }

    /** Creates or saves a partner; a published one is corrected and stays listed. */
    public Saved<Partner> savePartner(Long id, PartnerDraft draft) {
        Partner valid = partners.validated(draft);
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("name", valid.getName());
        texts.put("services", valid.getServices());
        texts.put("address", valid.getAddress());
        texts.put("hours", valid.getHours());
        texts.put("contact", valid.getContact());
        texts.put("languages", valid.getLanguages());
        Checked checked = check.check("zh", texts);
        Partner saved = id == null ? partners.create(draft) : partners.update(id, draft);
        return new Saved<>(saved, checked.replacements());
    }

    /** Whether saving this announcement is a correction (readers see it) rather than a new draft. */
    public boolean isCorrection(Long id) {
        if (id == null) {
            return false;
        }
        Announcement current = announcements.get(id);
        if (current.getStatus() == PublicationStatus.PUBLISHING) {
            throw new StatusConflictException("announcement " + id + " is PUBLISHING and cannot change");
        }
        return current.live();
    }

    private Checked checkAnnouncement(AnnouncementDraft draft) {
        Announcement valid = announcements.validated(draft);
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("title", valid.getTitle());
        texts.put("body", valid.getBody());
        texts.put("place", valid.getPlace());
        return check.check(valid.getLanguage(), texts);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
