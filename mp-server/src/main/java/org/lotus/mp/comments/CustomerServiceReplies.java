package org.lotus.mp.comments;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.bean.kefu.WxMpKefuMessage;
import org.lotus.mp.audio.AudioClip;
import org.lotus.mp.audio.VoiceMaterial;
import org.lotus.mp.lexicon.CurrentLexicon;
import org.lotus.mp.readers.Readers;
import org.lotus.sensitivewords.Finding;
import org.lotus.sensitivewords.Language;
import org.lotus.sensitivewords.RewriteResult;
import org.lotus.sensitivewords.TextFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Answers a reader through WeChat's customer-service API, which WeChat allows only within 48 hours of the reader's
 * last message. The answer is rewritten with the lexicon first; a blocked term stops it so a person rewrites it.
 */
@Service
public class CustomerServiceReplies {

    public static final Duration WINDOW = Duration.ofHours(48);
    private static final Logger log = LoggerFactory.getLogger(CustomerServiceReplies.class);

    /** Why a reply was not sent, or that it was. */
    public sealed interface Outcome {
        record Sent(String text) implements Outcome {}

        record VoiceSent(long audioId) implements Outcome {}

        record WindowClosed(LocalDateTime closedAt) implements Outcome {}

        record Blocked(List<Finding> findings) implements Outcome {}

        record WechatRefused(int errcode, String errmsg) implements Outcome {}
    }

    private final ReaderMessages messages;
    private final Readers readers;
    private final CurrentLexicon lexicon;
    private final WxMpService wechat;
    private final VoiceMaterial voices;
    private final Clock clock;

    CustomerServiceReplies(
            ReaderMessages messages,
            Readers readers,
            CurrentLexicon lexicon,
            WxMpService wechat,
            VoiceMaterial voices) {
        this.messages = messages;
        this.readers = readers;
        this.lexicon = lexicon;
        this.wechat = wechat;
        this.voices = voices;
        this.clock = Clock.systemUTC();
    }

    /** When the reply window of this message's reader closes (UTC); empty when the reader is gone. */
    public java.util.Optional<LocalDateTime> windowClosesAt(ReaderMessage message) {
        return readers.lastMessageAt(message.getReaderPseudonym()).map(last -> last.plus(WINDOW));
    }

    public Outcome reply(ReaderMessage message, String text, String staff) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime closes = windowClosesAt(message).orElse(now);
        if (!now.isBefore(closes)) {
            return new Outcome.WindowClosed(closes);
        }
        RewriteResult rewritten = lexicon.rewrite(text, TextFormat.TEXT, Language.ZH);
        if (rewritten.hasFindings()) {
            return new Outcome.Blocked(rewritten.findings());
        }
        String openid = readers.openidOf(message.getReaderPseudonym())
                .orElseThrow(() -> new IllegalStateException("reader no longer known"));
        try {
            wechat.getKefuService()
                    .sendKefuMessage(WxMpKefuMessage.TEXT()
                            .toUser(openid)
                            .content(rewritten.text())
                            .build());
        } catch (WxErrorException e) {
            log.warn(
                    "Customer-service reply to message {} refused by WeChat: {}",
                    message.getId(),
                    e.getError().getErrorCode());
            return new Outcome.WechatRefused(
                    e.getError().getErrorCode(), e.getError().getErrorMsg());
        }
        messages.markReplied(message, staff, now);
        log.info("Customer-service reply sent for message {}", message.getId());
        return new Outcome.Sent(rewritten.text());
    }

    /**
     * Answers with a clip of the audio library as a voice message ({@code msgtype: voice}), uploading it to WeChat at
     * first use; when WeChat no longer knows the clip's media id (40007) it is uploaded again and sent once more.
     */
    public Outcome replyWithVoice(ReaderMessage message, AudioClip clip, String staff) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime closes = windowClosesAt(message).orElse(now);
        if (!now.isBefore(closes)) {
            return new Outcome.WindowClosed(closes);
        }
        String openid = readers.openidOf(message.getReaderPseudonym())
                .orElseThrow(() -> new IllegalStateException("reader no longer known"));
        try {
            try {
                sendVoice(openid, voices.mediaIdOf(clip));
            } catch (WxErrorException e) {
                if (e.getError().getErrorCode() != VoiceMaterial.INVALID_MEDIA_ID) {
                    throw e;
                }
                sendVoice(openid, voices.renewed(clip));
            }
        } catch (WxErrorException e) {
            log.warn(
                    "Voice reply to message {} refused by WeChat: {}",
                    message.getId(),
                    e.getError().getErrorCode());
            return new Outcome.WechatRefused(
                    e.getError().getErrorCode(), e.getError().getErrorMsg());
        } catch (java.io.IOException e) {
            log.warn(
                    "Voice reply to message {} not sent: {}",
                    message.getId(),
                    e.getClass().getSimpleName());
            return new Outcome.WechatRefused(-1, "audio clip file missing");
        }
        messages.markReplied(message, staff, now);
        log.info("Voice reply sent for message {}", message.getId());
        return new Outcome.VoiceSent(clip.getId());
    }

    private void sendVoice(String openid, String mediaId) throws WxErrorException {
        wechat.getKefuService()
                .sendKefuMessage(
                        WxMpKefuMessage.VOICE().toUser(openid).mediaId(mediaId).build());
    }
}
