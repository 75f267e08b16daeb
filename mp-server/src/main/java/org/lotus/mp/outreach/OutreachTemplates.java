package org.lotus.mp.outreach;

import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.lotus.mp.channels.Channel;
import org.lotus.mp.channels.Channels;
import org.lotus.mp.channels.QrCodeUnavailableException;
import org.lotus.mp.publishing.ContentRewriter;
import org.lotus.mp.web.InvalidFieldException;
import org.lotus.mp.web.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * Resource messages staff copy into their outreach: Chinese, rewritten with the lexicon when saved. A template tied to
 * a channel is copied with that channel's follow link (what its QR code opens) where the text says {@code {channel}},
 * or on a line of its own at the end.
 */
@Service
public class OutreachTemplates {

    static final int MAX_TITLE = 120;
    static final int MAX_TEXT = 2000;

    /** Where the channel's link goes in a template's text. */
    public static final String CHANNEL_LINK = "{channel}";

    private final OutreachTemplateMapper templates;
    private final OutreachContactMapper contacts;
    private final ContentRewriter rewriter;
    private final Channels channels;

    OutreachTemplates(
            OutreachTemplateMapper templates,
            OutreachContactMapper contacts,
            ContentRewriter rewriter,
            Channels channels) {
        this.templates = templates;
        this.contacts = contacts;
        this.rewriter = rewriter;
        this.channels = channels;
    }

    /**
     * The text as staff copy and send it: the channel's link in place of {@code {channel}}, or after the text. Without
     * a link (no channel, or WeChat gave it no code yet) the marker is left out.
     */
    public String rendered(OutreachTemplate template) {
        String text = template.getText();
        Optional<String> link = Optional.ofNullable(template.getChannelId())
                .flatMap(channels::find)
                .flatMap(this::followLink);
        if (link.isEmpty()) {
            return text.replace(CHANNEL_LINK, "").strip();
        }
        return text.contains(CHANNEL_LINK) ? text.replace(CHANNEL_LINK, link.get()) : text + "\n" + link.get();
    }

    /** What the channel's QR code opens; asks WeChat for the code when the channel has none yet. */
    private Optional<String> followLink(Channel channel) {
        try {
            return Optional.ofNullable(channels.withQrCode(channel).qrUrl());
        } catch (QrCodeUnavailableException e) {
            return Optional.empty();
        }
    }

    /** The templates staff copy from; deleted ones are left out. */
    public List<OutreachTemplate> list() {
        return templates.selectList(
                new QueryWrapper<OutreachTemplate>().isNull("archived_at").orderByAsc("title"));
    }

    /** A template that may be copied, changed or deleted. */
    public OutreachTemplate get(long id) {
        OutreachTemplate template = templates.selectById(id);
        if (template == null || template.getArchivedAt() != null) {
            throw new NotFoundException("outreach template", id);
        }
        return template;
    }

    /** Titles of templates by id, deleted ones included, for the contacts that name them. */
    public Map<Long, String> titles(Collection<Long> ids) {
        Set<Long> wanted = ids.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        if (wanted.isEmpty()) {
            return Map.of();
        }
        return templates.selectByIds(wanted).stream()
                .collect(Collectors.toMap(OutreachTemplate::getId, OutreachTemplate::getTitle));
    }

    public OutreachTemplate save(Long id, String title, String text, Long channelId) {
        OutreachTemplate template = id == null ? new OutreachTemplate() : get(id);
        if (title == null || title.isBlank()) {
            throw new InvalidFieldException("title", "a title is required", "required");
        }
        if (title.strip().length() > MAX_TITLE) {
            throw new InvalidFieldException(
                    "title", "a title of at most " + MAX_TITLE + " characters is required", "tooLong", MAX_TITLE);
        }
        if (text == null || text.isBlank()) {
            throw new InvalidFieldException("text", "a text is required", "required");
        }
        if (text.length() > MAX_TEXT) {
            throw new InvalidFieldException(
                    "text", "a text of at most " + MAX_TEXT + " characters is required", "tooLong", MAX_TEXT);
        }
        if (channelId != null && channels.find(channelId).isEmpty()) {
            throw new InvalidFieldException(
                    "channelId", "no channel " + channelId, "unknownChannel", String.valueOf(channelId));
        }
        if (channelId == null && text.contains(CHANNEL_LINK)) {
            throw new InvalidFieldException(
                    "channelId",
                    "the text holds " + CHANNEL_LINK + " but names no channel",
                    "channelLinkWithoutChannel");
        }
        // The lexicon rewrites around the link's place, so the marker always survives.
        List<String> parts = new ArrayList<>();
        List<ContentRewriter.BlockedTerm> blocked = new ArrayList<>();
        for (String part : text.strip().split(Pattern.quote(CHANNEL_LINK), -1)) {
            ContentRewriter.Rewritten rewritten = rewriter.rewriteText(part, "zh");
            parts.add(rewritten.text());
            blocked.addAll(rewritten.blocked());
        }
        if (!blocked.isEmpty()) {
            String terms = blocked.stream()
                    .map(ContentRewriter.BlockedTerm::term)
                    .distinct()
                    .collect(Collectors.joining("、"));
            throw new InvalidFieldException("text", "blocked terms: " + terms, "blockedTerms", terms);
        }
        template.setTitle(title.strip());
        template.setText(String.join(CHANNEL_LINK, parts));
        template.setChannelId(channelId);
        template.setUpdatedAt(LocalDateTime.now(ZoneOffset.UTC));
        if (id == null) {
            templates.insert(template);
        } else {
            templates.updateById(template);
        }
        return template;
    }

    /**
     * Deletes a template; one that logged contacts name is archived instead, so the log still says which message was
     * sent.
     */
    public void delete(long id) {
        OutreachTemplate template = get(id);
        if (contacts.exists(new QueryWrapper<OutreachContact>().eq("template_id", id))) {
            template.setArchivedAt(LocalDateTime.now(ZoneOffset.UTC));
            templates.updateById(template);
        } else {
            templates.deleteById(id);
        }
    }
}
