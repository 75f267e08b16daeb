package org.lotus.mp.portal;

import java.util.Locale;
import java.util.Optional;
import org.lotus.content.section.SectionContent;
import org.lotus.mp.audio.VoiceMaterial;
import org.lotus.mp.privacy.PrivacyTexts;
import org.lotus.mp.privacy.ReaderErasure;
import org.lotus.mp.privacy.UrgentSignals;
import org.lotus.mp.replies.KeywordAnswer;
import org.lotus.mp.replies.KeywordAnswered;
import org.lotus.mp.replies.ReaderTexts;
import org.lotus.mp.replies.ReplyKey;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What a reader gets back for each kind of push: the stored automatic replies and keyword answers staff edit, as
 * rewritten with the current lexicon ({@link ReaderTexts}, from memory). Requests to the account come first, then
 * danger signals, then keyword answers, then the acknowledgement of the message's kind.
 */
@Component
class Replies {

    private final SectionReplies sections;
    private final UrgentSignals urgentSignals;
    private final ReaderErasure erasure;
    private final ReaderTexts texts;
    private final ObjectProvider<SectionContent> content;
    private final ApplicationEventPublisher events;
    private final VoiceMaterial voices;

    Replies(
            SectionReplies sections,
            UrgentSignals urgentSignals,
            ReaderErasure erasure,
            ReaderTexts texts,
            ObjectProvider<SectionContent> content,
            ApplicationEventPublisher events,
            VoiceMaterial voices) {
        this.sections = sections;
        this.urgentSignals = urgentSignals;
        this.erasure = erasure;
        this.texts = texts;
        this.content = content;
        this.events = events;
        this.voices = voices;
    }

    /** A text that is a request to the account (erase my data, privacy notice), not a message to keep. */
    static boolean isRequest(InboundMessage message) {
        if (!"text".equals(message.type()) || message.get("Content") == null) {
            return false;
        }
        String text = message.get("Content").strip();
        return text.equals(PrivacyTexts.ERASE_REQUEST) || text.equals(PrivacyTexts.PRIVACY_KEYWORD);
    }

    Reply to(InboundMessage message) {
        if (message.isEvent()) {
            return switch (message.event().toLowerCase(Locale.ROOT)) {
                case "subscribe" -> spokenOr(texts.audioOf(ReplyKey.WELCOME), text(ReplyKey.WELCOME));
                case "click" -> sections.replyTo(message.eventKey());
                default -> Reply.NONE;
            };
        }
        if (isRequest(message)) {
            return answerRequest(message);
        }
        if (urgentSignals.isUrgent(message.get("Content")) || urgentSignals.isUrgent(message.get("Recognition"))) {
            return text(ReplyKey.URGENT);
        }
        return switch (message.type()) {
            case "text" -> keywordAnswer(message.get("Content")).orElseGet(() -> text(ReplyKey.TEXT_RECEIVED));
            case "link" -> text(ReplyKey.LINK_RECEIVED);
            case "voice" -> text(ReplyKey.VOICE_RECEIVED);
            case "image" -> text(ReplyKey.IMAGE_RECEIVED);
            case "video", "shortvideo" -> text(ReplyKey.VIDEO_RECEIVED);
            case "location" -> text(ReplyKey.LOCATION);
            default -> text(ReplyKey.NOT_ACCEPTED);
        };
    }

    /** A voice reply with the clip, when there is one WeChat can have now; else the text. */
    private Reply spokenOr(Optional<Long> audioId, Reply text) {
        return audioId.flatMap(voices::mediaIdFor).<Reply>map(Reply.Voice::new).orElse(text);
    }

    private Reply text(ReplyKey key) {
        return new Reply.Text(texts.text(key));
    }

    private Optional<Reply> keywordAnswer(String readerText) {
        Optional<KeywordAnswer> found = texts.answerTo(readerText);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        KeywordAnswer answer = found.get();
        Reply reply = switch (answer.kind()) {
            case TEXT -> spokenOr(Optional.ofNullable(answer.audioId()), new Reply.Text(answer.text()));
            case SECTION -> sections.replyTo(answer.sectionKey());
            case ARTICLE -> article(answer);
            case REPORT, CHECK -> null; // read by the safety desk before any answer
        };
        if (reply == null) {
            return Optional.empty();
        }
        events.publishEvent(new KeywordAnswered(answer.id()));
        return Optional.of(reply);
    }

    /** The article as a one-item news message; its text (or nothing) while it is not published. */
    private Reply article(KeywordAnswer answer) {
        SectionContent links = content.getIfAvailable();
        Optional<SectionContent.ArticleLink> link =
                links == null ? Optional.empty() : links.publishedArticle(answer.articleId());
        if (link.isPresent()) {
            SectionContent.ArticleLink a = link.get();
            return new Reply.News(a.title(), a.digest(), a.url(), a.coverUrl());
        }
        return answer.text() != null ? new Reply.Text(answer.text()) : null;
    }

    private Reply answerRequest(InboundMessage message) {
        if (message.get("Content").strip().equals(PrivacyTexts.PRIVACY_KEYWORD)) {
            return text(ReplyKey.PRIVACY);
        }
        try {
            erasure.eraseReader(message.sender());
            return text(ReplyKey.ERASED);
        } catch (RuntimeException e) {
            return text(ReplyKey.ERASURE_FAILED);
        }
    }
}
