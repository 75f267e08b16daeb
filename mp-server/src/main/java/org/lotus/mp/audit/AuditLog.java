package org.lotus.mp.audit;

import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/** Records staff actions; the actor is the signed-in staff member, or "system" for scheduled work. */
@Service
public class AuditLog {

    private static final int DETAIL_LIMIT = 500;

    private final AuditEventMapper mapper;

    AuditLog(AuditEventMapper mapper) {
        this.mapper = mapper;
    }

    public void record(String action, String targetType, Object targetId, String detail) {
        AuditEvent event = new AuditEvent();
        event.setOccurredAt(LocalDateTime.now(ZoneOffset.UTC));
        event.setActor(currentActor());
        event.setAction(action);
        event.setTargetType(targetType);
        event.setTargetId(targetId == null ? null : targetId.toString());
        event.setDetail(detail == null || detail.length() <= DETAIL_LIMIT ? detail : detail.substring(0, DETAIL_LIMIT));
        mapper.insert(event);
    }

    /**
     * A staff member read reader messages ({@code what}: list, open, play, download) through {@code channel} (api,
     * cms, dashboard): who, when and which message ids, never their content.
     */
    public void recordRead(String what, String channel, Collection<Long> messageIds) {
        if (messageIds.isEmpty()) {
            return;
        }
        String ids = messageIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        record(
                "comment" + AuditVisibility.READ_MARK + what,
                "comment",
                messageIds.size() == 1 ? messageIds.iterator().next() : null,
                channel + " " + ids);
    }

    /** The latest entries the signed-in staff member's roles may see, reads excluded (the dashboard's list). */
    public List<AuditEvent> latestForCurrentStaff(int size) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Set<String> authorities = authentication == null
                ? Set.of()
                : authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .collect(Collectors.toSet());
        return mapper.selectPage(
                        new Page<>(1, size, false),
                        AuditVisibility.visibleTo(authorities)
                                .orderByDesc("occurred_at")
                                .orderByDesc("id"))
                .getRecords();
    }

    public List<AuditEvent> latest(int page, int size) {
        return mapper.selectPage(
                        new Page<>(page + 1L, size, false),
                        new QueryWrapper<AuditEvent>()
                                .orderByDesc("occurred_at")
                                .orderByDesc("id"))
                .getRecords();
    }

    /** The journal filtered by who, which action (prefix) and when (UTC, {@code to} excluded); null means any. */
    public List<AuditEvent> search(
            String actor, String action, LocalDateTime from, LocalDateTime to, int page, int size) {
        return mapper.selectPage(
                        new Page<>(page + 1L, size, false),
                        new QueryWrapper<AuditEvent>()
                                .eq(actor != null && !actor.isBlank(), "actor", actor)
                                .likeRight(action != null && !action.isBlank(), "action", action)
                                .ge(from != null, "occurred_at", from)
                                .lt(to != null, "occurred_at", to)
                                .orderByDesc("occurred_at")
                                .orderByDesc("id"))
                .getRecords();
    }

    /** Who appears in the journal, for the filter. */
    public List<String> actors() {
        return mapper
                .selectObjs(
                        new QueryWrapper<AuditEvent>().select("DISTINCT actor").orderByAsc("actor"))
                .stream()
                .map(String::valueOf)
                .toList();
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? "system" : authentication.getName();
    }
}
