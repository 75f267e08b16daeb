package org.lotus.content.lifecycle;

import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.UpdateWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.lotus.content.ContentNotFoundException;
import org.lotus.content.Finding;
import org.lotus.content.PublicationStatus;
import org.lotus.content.StatusConflictException;
import org.lotus.content.UtcTime;

/**
 * The status moves of one kind of content, shared by articles, announcements and partners. Every move is a
 * conditional UPDATE on the expected status (and revision for staff edits), so two workers or two editors can never
 * both move the same content: the loser sees 0 rows. Fields an edit may blank are mapped with
 * {@code updateStrategy = ALWAYS}, so saving the entity writes them without a second SET of the same column.
 */
public final class Lifecycle<T extends Publication> {

    private static final Object[] EDITABLE = Arrays.stream(PublicationStatus.values())
            .filter(PublicationStatus::editable)
            .map(Enum::name)
            .toArray();

    private final String kind;
    private final BaseMapper<T> mapper;

    public Lifecycle(String kind, BaseMapper<T> mapper) {
        this.kind = kind;
        this.mapper = mapper;
    }

    public T create(T content) {
        LocalDateTime now = UtcTime.now();
        content.setStatus(PublicationStatus.DRAFT);
        content.setRevision(1);
        content.setCreatedAt(now);
        content.setUpdatedAt(now);
        mapper.insert(content);
        return content;
    }

    public Optional<T> find(long id) {
        return Optional.ofNullable(mapper.selectById(id));
    }

    public T get(long id) {
        return find(id).orElseThrow(() -> new ContentNotFoundException(kind, id));
    }

    /**
     * Saves a new revision of content readers do not see yet: held or failed content goes back to DRAFT, scheduled
     * content stays scheduled.
     */
    public T revise(long id, Consumer<T> change) {
        T content = get(id);
        if (content.live() || !content.getStatus().editable()) {
            throw new StatusConflictException(kind + " " + id + " is " + content.getStatus() + " and cannot change");
        }
        change.accept(content);
        if (content.getStatus() != PublicationStatus.SCHEDULED) {
            content.setStatus(PublicationStatus.DRAFT);
            content.setStatusReason(null);
            content.setFindings(null);
        }
        return save(content, mapper, new UpdateWrapper<T>().in("status", EDITABLE));
    }

    /**
     * Saves a correction of live content, already rewritten by the caller: readers get it at once, its status stays
     * unless {@code change} moves it (an article goes back to WeChat).
     */
    public T correct(long id, Consumer<T> change) {
        T content = get(id);
        if (!content.live() || content.getStatus() == PublicationStatus.PUBLISHING) {
            throw new StatusConflictException(
                    kind + " " + id + " is " + content.getStatus() + " and cannot be corrected");
        }
        content.setStatusReason(null);
        content.setFindings(null);
        change.accept(content);
        content.setCorrectedAt(UtcTime.now());
        return save(
                content,
                mapper,
                new UpdateWrapper<T>()
                        .ne("status", PublicationStatus.PUBLISHING.name())
                        .ne("status", PublicationStatus.WITHDRAWN.name())
                        .isNotNull("published_at"));
    }

    /** Sets the time; {@code forget} names the columns of a previous attempt to clear (WeChat ids, push step). */
    public T schedule(long id, LocalDateTime publishAt, String... forget) {
        UpdateWrapper<T> where = new UpdateWrapper<T>()
                .eq("id", id)
                .in("status", EDITABLE)
                .set("status", PublicationStatus.SCHEDULED.name())
                .set("publish_at", publishAt)
                .set("status_reason", null)
                .set("findings", null)
                .set("updated_at", UtcTime.now());
        for (String column : forget) {
            where.set(column, null);
        }
        return requireChanged(id, mapper.update(null, where), "scheduled");
    }

    public T unschedule(long id) {
        int updated = from(id, PublicationStatus.SCHEDULED)
                .set("status", PublicationStatus.DRAFT.name())
                .set("publish_at", null)
                .apply();
        return requireChanged(id, updated, "unscheduled");
    }

    /** Takes live content off our pages and replies; it can be edited and published again. */
    public T withdraw(long id) {
        int updated = from(id, PublicationStatus.PUBLISHED)
                .set("status", PublicationStatus.WITHDRAWN.name())
                .apply();
        return requireChanged(id, updated, "withdrawn");
    }

    public List<T> scheduled() {
        return mapper.selectList(new QueryWrapper<T>().eq("status", PublicationStatus.SCHEDULED.name()));
    }

    /** SCHEDULED → PUBLISHING; false when someone else took it or staff unscheduled it. */
    public Transition<T> claim(long id) {
        return from(id, PublicationStatus.SCHEDULED).set("status", PublicationStatus.PUBLISHING.name());
    }

    public boolean holdForReview(long id, String reason, List<Finding> findings) {
        return end(id, PublicationStatus.NEEDS_REVIEW)
                        .set("status_reason", reason)
                        .set("findings", Finding.encode(findings))
                        .apply()
                == 1;
    }

    public boolean fail(long id, String reason) {
        return end(id, PublicationStatus.FAILED).set("status_reason", reason).apply() == 1;
    }

    /** A move from {@code expected}, to be completed with the columns it sets. */
    public Transition<T> from(long id, PublicationStatus expected) {
        return new Transition<>(mapper, new UpdateWrapper<T>().eq("id", id).eq("status", expected.name()));
    }

    /** PUBLISHING → {@code target}. */
    public Transition<T> end(long id, PublicationStatus target) {
        return from(id, PublicationStatus.PUBLISHING).set("status", target.name());
    }

    private T save(T content, BaseMapper<T> mapper, UpdateWrapper<T> where) {
        int revision = content.getRevision() == null ? 1 : content.getRevision();
        where.eq("id", content.getId()).eq("revision", revision);
        content.setRevision(revision + 1);
        content.setUpdatedAt(UtcTime.now());
        if (mapper.update(content, where) == 0) {
            throw new StatusConflictException(kind + " " + content.getId() + " changed meanwhile");
        }
        return content;
    }

    private T requireChanged(long id, int updated, String action) {
        T content = get(id);
        if (updated == 0) {
            throw new StatusConflictException(
                    kind + " " + id + " is " + content.getStatus() + " and cannot be " + action);
        }
        return content;
    }

    /** A conditional UPDATE being built; always stamps {@code updated_at}. */
    public static final class Transition<T> {

        private final BaseMapper<T> mapper;
        private final UpdateWrapper<T> where;

        Transition(BaseMapper<T> mapper, UpdateWrapper<T> where) {
            this.mapper = mapper;
            this.where = where;
        }

        public Transition<T> set(String column, Object value) {
            where.set(column, value);
            return this;
        }

        public Transition<T> eq(String column, Object value) {
            where.eq(column, value);
            return this;
        }

        public Transition<T> isNull(String column) {
            where.isNull(column);
            return this;
        }

        public int apply() {
            where.set("updated_at", UtcTime.now());
            return mapper.update(null, where);
        }

        public boolean applied() {
            return apply() == 1;
        }
    }
}
