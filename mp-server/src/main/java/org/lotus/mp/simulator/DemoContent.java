package org.lotus.mp.simulator;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.lotus.content.announcement.AnnouncementDraft;
import org.lotus.content.announcement.Announcements;
import org.lotus.content.article.ArticleDraft;
import org.lotus.content.article.Articles;
import org.lotus.content.partner.PartnerDraft;
import org.lotus.content.partner.Partners;
import org.lotus.mp.lexicon.CurrentLexicon;
import org.lotus.mp.menu.MenuPublisher;
import org.lotus.mp.publishing.PublishingSchedule;
import org.lotus.sensitivewords.Language;
import org.lotus.sensitivewords.TextFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * On an empty database in demo mode: real articles in Chinese with their French versions, announcements for the
 * coming weeks and partners, all published through the usual pipeline (so through the simulated WeChat), and the
 * menu published. Texts holding a blocked term would wait for review: each is checked with the lexicon first.
 */
@Component
@DemoMode.Only
class DemoContent {

    private static final Logger log = LoggerFactory.getLogger(DemoContent.class);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final int MENU_ATTEMPTS = 6;

    record Version(String title, String digest, String body) {}

    record DemoArticle(String section, Version zh, Version fr) {}

    record DemoAnnouncement(int inDays, String time, String place, String title, String body) {}

    record DemoPartner(String name, String services, String address, String hours, String contact, String languages) {}

    record Notices(List<DemoAnnouncement> announcements, List<DemoPartner> partners) {}

    private final SimulatorSettings settings;
    private final Articles articles;
    private final Announcements announcements;
    private final Partners partners;
    private final PublishingSchedule schedule;
    private final MenuPublisher menu;
    private final CurrentLexicon lexicon;
    private final JsonMapper json = JsonMapper.shared();
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "demo-menu");
        thread.setDaemon(true);
        return thread;
    });

    DemoContent(
            SimulatorSettings settings,
            Articles articles,
            Announcements announcements,
            Partners partners,
            PublishingSchedule schedule,
            MenuPublisher menu,
            CurrentLexicon lexicon) {
        this.settings = settings;
        this.articles = articles;
        this.announcements = announcements;
        this.partners = partners;
        this.schedule = schedule;
        this.menu = menu;
        this.lexicon = lexicon;
    }

    /** After start-up: publishing calls the simulated WeChat over HTTP, so the server must be listening. */
    @EventListener(ApplicationReadyEvent.class)
    void seedWhenEmpty() {
        if (!settings.seed() || !isEmpty()) {
            return;
        }
        try {
            seed();
        } catch (RuntimeException e) {
            log.warn("demo content not fully seeded: {}", e.getMessage());
        }
    }

    private void seed() {
        // A few seconds ahead: the first requests to a server just started are slow, WeChat calls would time out.
        Instant now = Instant.now().plusSeconds(5);
        int seeded = 0;
        for (DemoArticle article : read("simulator/demo-articles.json", DemoArticle[].class)) {
            // French first: a section's reply is its latest article, and readers read Chinese.
            seeded += article(article.section(), article.fr(), "fr", now)
                    + article(article.section(), article.zh(), "zh", now.plusSeconds(30));
        }
        Notices notices = read("simulator/demo-notices.json", Notices.class);
        LocalDate today = LocalDate.now(PARIS);
        for (DemoAnnouncement a : notices.announcements()) {
            if (!passes(a.title() + "\n" + a.body() + "\n" + a.place(), TextFormat.TEXT, "zh")) {
                continue;
            }
            LocalDate day = today.plusDays(a.inDays());
            long id = announcements
                    .create(new AnnouncementDraft(
                            a.title(),
                            a.body(),
                            "zh",
                            now,
                            day.plusDays(1).atStartOfDay(PARIS).toInstant(),
                            day,
                            LocalTime.parse(a.time()),
                            a.place(),
                            false))
                    .getId();
            schedule.scheduleAnnouncement(id, notBefore(now));
            seeded++;
        }
        for (DemoPartner p : notices.partners()) {
            if (!passes(
                    String.join("\n", p.name(), p.services(), p.address(), p.hours(), p.contact()),
                    TextFormat.TEXT,
                    "zh")) {
                continue;
            }
            long id = partners.create(new PartnerDraft(
                            p.name(), p.services(), p.address(), p.hours(), p.contact(), p.languages()))
                    .getId();
            schedule.schedulePartner(id, notBefore(now));
            seeded++;
        }
        publishMenu(1);
        log.info(
                "Demo content seeded: {} articles, announcements and partners, published through the simulator",
                seeded);
    }

    /** A server just started answers slowly: the menu is tried again a few times before giving up. */
    private void publishMenu(int attempt) {
        try {
            menu.publish();
        } catch (RuntimeException e) {
            if (attempt >= MENU_ATTEMPTS) {
                log.warn("demo menu not published: {}", e.getMessage());
                return;
            }
            retries.schedule(() -> publishMenu(attempt + 1), 10, TimeUnit.SECONDS);
        }
    }

    @PreDestroy
    void stop() {
        retries.shutdownNow();
    }

    /** The planned time, or a moment from now when seeding ran late (a time in the past is refused). */
    private static Instant notBefore(Instant planned) {
        Instant soon = Instant.now().plusSeconds(2);
        return planned.isBefore(soon) ? soon : planned;
    }

    private int article(String section, Version version, String language, Instant now) {
        if (!passes(version.title() + "\n" + version.digest(), TextFormat.TEXT, language)
                || !passes(version.body(), TextFormat.HTML, language)) {
            return 0;
        }
        try {
            long id = articles.create(new ArticleDraft(
                            version.title(), "Lotus", version.digest(), version.body(), section, language, null))
                    .getId();
            schedule.scheduleArticle(id, notBefore(now));
            return 1;
        } catch (RuntimeException e) {
            // A demo text the rules refuse is left out; the demo still starts.
            log.warn("demo article left out: {}", e.getMessage());
            return 0;
        }
    }

    /** A text with a blocked term is left out: seeded content must publish without review. */
    private boolean passes(String text, TextFormat format, String language) {
        boolean clean = !lexicon.rewrite(text, format, "fr".equals(language) ? Language.FR : Language.ZH)
                .hasFindings();
        if (!clean) {
            log.warn("a demo text holds a blocked term and is left out");
        }
        return clean;
    }

    private boolean isEmpty() {
        return articles.list(null, null).isEmpty()
                && announcements.list(null).isEmpty()
                && partners.list(null).isEmpty();
    }

    private <T> T read(String resource, Class<T> type) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("demo content " + resource + " unreadable", e);
        }
    }
}
