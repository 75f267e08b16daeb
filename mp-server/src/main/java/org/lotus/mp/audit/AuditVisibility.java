package org.lotus.mp.audit;

import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Which journal entries a role may see outside the administrators' journal: editors the content they share,
 * moderators what was done with reader messages, alerts and outreach. Who read which reader message or revealed which
 * number is for administrators only, and an action this table does not know is shown to administrators only.
 */
final class AuditVisibility {

    static final String READ_MARK = ".read.";

    private static final Map<String, List<String>> PREFIXES_BY_ROLE = Map.of(
            "ROLE_EDITOR",
            List.of(
                    "article.",
                    "announcement.",
                    "partner.",
                    "section.",
                    "menu",
                    "image.",
                    "lexicon.",
                    "reply.",
                    "auto-reply.",
                    "audio."),
            "ROLE_MODERATOR",
            List.of("comment.", "conversation.", "reader.", "alert.", "outreach."));

    private AuditVisibility() {}

    /** The entries visible to someone holding {@code authorities}, reads and revealed numbers excluded. */
    static QueryWrapper<AuditEvent> visibleTo(Collection<String> authorities) {
        QueryWrapper<AuditEvent> query = new QueryWrapper<AuditEvent>()
                .notLike("action", READ_MARK)
                .notLikeLeft("action", ".read")
                .notLike("action", "number-revealed");
        if (authorities.contains("ROLE_ADMIN")) {
            return query;
        }
        List<String> prefixes = new ArrayList<>();
        authorities.forEach(a -> prefixes.addAll(PREFIXES_BY_ROLE.getOrDefault(a, List.of())));
        if (prefixes.isEmpty()) {
            return query.apply("1 = 0");
        }
        return query.and(any -> prefixes.forEach(prefix -> any.or().likeRight("action", prefix)));
    }
}
