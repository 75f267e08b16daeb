package org.lotus.mp.outreach;

import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.lotus.mp.publishing.ContentRewriter;
import org.lotus.mp.web.InvalidFieldException;
import org.lotus.mp.web.NotFoundException;
import org.springframework.stereotype.Service;

/** Resource messages staff copy into their outreach: Chinese, rewritten with the lexicon when saved. */
@Service
public class OutreachTemplates {

    static final int MAX_TEXT = 2000;

    private final OutreachTemplateMapper templates;
    private final ContentRewriter rewriter;

    OutreachTemplates(OutreachTemplateMapper templates, ContentRewriter rewriter) {
        this.templates = templates;
        this.rewriter = rewriter;
    }

    public List<OutreachTemplate> list() {
        return templates.selectList(new QueryWrapper<OutreachTemplate>().orderByAsc("title"));
    }

    public OutreachTemplate get(long id) {
        OutreachTemplate template = templates.selectById(id);
        if (template == null) {
            throw new NotFoundException("outreach template", id);
        }
        return template;
    }

    public OutreachTemplate save(Long id, String title, String text, Long channelId) {
        OutreachTemplate template = id == null ? new OutreachTemplate() : get(id);
        if (title == null || title.isBlank() || title.strip().length() > 120) {
            throw new InvalidFieldException(
                    "title", "a title of at most 120 characters is required", "replyLength", 120);
        }
        if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
            throw new InvalidFieldException(
                    "text", "a text of at most " + MAX_TEXT + " characters is required", "replyLength", MAX_TEXT);
        }
        ContentRewriter.Rewritten rewritten = rewriter.rewriteText(text.strip(), "zh");
        if (!rewritten.clean()) {
            String terms = rewritten.blocked().stream()
                    .map(ContentRewriter.BlockedTerm::term)
                    .distinct()
                    .collect(Collectors.joining("、"));
            throw new InvalidFieldException("text", "blocked terms: " + terms, "blockedTerms", terms);
        }
        template.setTitle(title.strip());
        template.setText(rewritten.text());
        template.setChannelId(channelId);
        template.setUpdatedAt(LocalDateTime.now(ZoneOffset.UTC));
        if (id == null) {
            templates.insert(template);
        } else {
            templates.updateById(template);
        }
        return template;
    }

    public void delete(long id) {
        templates.deleteById(get(id).getId());
    }
}
