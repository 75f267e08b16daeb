package org.lotus.mp.portal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.lotus.content.section.Section;
import org.lotus.content.section.SectionContent;
import org.lotus.content.section.Sections;
import org.lotus.mp.LotusSettings;
import org.lotus.mp.audio.VoiceMaterial;
import org.lotus.mp.replies.ReaderTexts;
import org.lotus.mp.replies.ReplyKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * The answer to a tap on a menu section: the {@code news} agenda when there is one, else the latest article as a
 * one-item news message for LATEST_ARTICLE sections, a voice for AUDIO sections, a link to the section's page for
 * PAGE sections, else the section's text, rewritten with the current lexicon. Answers are kept a few seconds (menu
 * taps are most of the traffic), dropped at once when a section text or the lexicon changes, and the last one is
 * served while the database is unreachable.
 */
@Component
class SectionReplies {

    private static final Logger log = LoggerFactory.getLogger(SectionReplies.class);
    private static final long FRESH_NANOS = 10_000_000_000L;
    private static final int DESCRIPTION_CHARS = 120;

    private final Sections sections;
    private final ObjectProvider<SectionContent> content;
    private final VoiceMaterial voices;
    private final ReaderTexts texts;
    private final String baseUrl;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(Reply reply, long loadedAt, Object version) {}

    SectionReplies(
            Sections sections,
            ObjectProvider<SectionContent> content,
            VoiceMaterial voices,
            ReaderTexts texts,
            LotusSettings settings) {
        this.sections = sections;
        this.content = content;
        this.voices = voices;
        this.texts = texts;
        this.baseUrl = settings.publicBaseUrl();
    }

    Reply replyTo(String sectionKey) {
        long now = System.nanoTime();
        Object version = texts.version();
        Cached cached = cache.get(sectionKey);
        if (cached != null && now - cached.loadedAt() < FRESH_NANOS && cached.version() == version) {
            return cached.reply();
        }
        try {
            Reply reply = load(sectionKey);
            if (cache.size() < 1000) {
                cache.put(sectionKey, new Cached(reply, now, version));
            }
            return reply;
        } catch (DataAccessException e) {
            log.warn("section reply served from memory: database unavailable");
            return cached != null ? cached.reply() : new Reply.Text(texts.text(ReplyKey.UNAVAILABLE));
        }
    }

    private Reply load(String sectionKey) {
        Optional<Section> found = sections.find(sectionKey).filter(s -> !Boolean.FALSE.equals(s.getEnabled()));
        if (found.isEmpty()) {
            return new Reply.Text(texts.text(ReplyKey.UNKNOWN_SECTION));
        }
        Section section = found.get();
        if (section.getReplyKind() == Section.ReplyKind.AUDIO && section.getAudioId() != null) {
            Optional<String> voice = voices.mediaIdFor(section.getAudioId());
            if (voice.isPresent()) {
                return new Reply.Voice(voice.get());
            }
        }
        String text = texts.rewritten(section.getReplyText());
        SectionContent extra = content.getIfAvailable();
        if (extra != null) {
            if ("news".equals(sectionKey)) {
                Optional<String> agenda = extra.agenda(sectionKey).filter(a -> !a.isBlank());
                if (agenda.isPresent()) {
                    return new Reply.Text(texts.rewritten(agenda.get()));
                }
            }
            if (section.getReplyKind() == Section.ReplyKind.LATEST_ARTICLE) {
                Optional<SectionContent.ArticleLink> article = extra.latestArticle(sectionKey);
                if (article.isPresent()) {
                    SectionContent.ArticleLink link = article.get();
                    return new Reply.News(link.title(), link.digest(), link.url(), link.coverUrl());
                }
            }
        }
        if (section.getReplyKind() == Section.ReplyKind.PAGE) {
            return new Reply.News(
                    texts.rewritten(section.getNameZh()),
                    text.length() > DESCRIPTION_CHARS ? text.substring(0, DESCRIPTION_CHARS) + "…" : text,
                    baseUrl + "/m/sections/" + sectionKey,
                    baseUrl + "/m/images/default-cover.jpg");
        }
        return new Reply.Text(text);
    }
}
