package org.lotus.mp.conversations;

import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.lotus.mp.replies.LexiconCheck;
import org.lotus.mp.web.InvalidFieldException;
import org.lotus.mp.web.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * The inbox's ready-made replies, edited by moderators: both labels are required, the Chinese text is rewritten with
 * the lexicon when saved and refused while it holds a blocked term, as every text readers get.
 */
@Service
public class ReplyTemplates {

    public static final int MAX_LABEL = 80;
    public static final int MAX_TEXT = 600;

    /** What staff typed: a label per language and the reply. */
    public record Draft(String labelFr, String labelZh, String text) {}

    private final ReplyTemplateMapper templates;
    private final LexiconCheck lexicon;

    ReplyTemplates(ReplyTemplateMapper templates, LexiconCheck lexicon) {
        this.templates = templates;
        this.lexicon = lexicon;
    }

    /** In the order the inbox offers them. */
    public List<ReplyTemplate> list() {
        return templates.selectList(
                new QueryWrapper<ReplyTemplate>().orderByAsc("position").orderByAsc("id"));
    }

    public ReplyTemplate get(long id) {
        ReplyTemplate template = templates.selectById(id);
        if (template == null) {
            throw new NotFoundException("reply template", id);
        }
        return template;
    }

    /** A new template ({@code id} null, offered last) or a change; returns it as stored. */
    public ReplyTemplate save(Long id, Draft draft) {
        ReplyTemplate template = id == null ? new ReplyTemplate() : get(id);
        String labelFr = required("labelFr", draft.labelFr(), MAX_LABEL);
        String labelZh = required("labelZh", draft.labelZh(), MAX_LABEL);
        String text = required("text", draft.text(), MAX_TEXT);
        template.setLabelFr(labelFr);
        template.setLabelZh(labelZh);
        template.setText(lexicon.rewrite("text", text).text());
        template.setUpdatedAt(LocalDateTime.now(ZoneOffset.UTC));
        if (id == null) {
            template.setPosition(
                    list().stream().mapToInt(ReplyTemplate::getPosition).max().orElse(0) + 1);
            templates.insert(template);
        } else {
            templates.updateById(template);
        }
        return template;
    }

    public void delete(long id) {
        templates.deleteById(get(id).getId());
    }

    private static String required(String field, String typed, int max) {
        String value = typed == null ? "" : typed.strip();
        if (value.isEmpty()) {
            throw new InvalidFieldException(field, field + " is required", "required");
        }
        if (value.length() > max) {
            throw new InvalidFieldException(field, field + " holds at most " + max + " characters", "tooLong", max);
        }
        return value;
    }
}
