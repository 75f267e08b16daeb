package org.lotus.mp.comments;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.lotus.mp.audit.AuditLog;
import org.springframework.stereotype.Service;

/**
 * Voice notes are never overlooked: the first time staff play one it is marked listened (audited), those nobody has
 * heard stay listed with their age, and the median time to first listen shows how quickly the team hears readers.
 */
@Service
public class VoiceNotes {

    /** A voice note nobody has listened to, and how long it has waited. */
    public record Unlistened(long id, LocalDateTime receivedAt, Duration age) {}

    private final ReaderMessages messages;
    private final AuditLog audit;

    VoiceNotes(ReaderMessages messages, AuditLog audit) {
        this.messages = messages;
        this.audit = audit;
    }

    /** Staff played voice note {@code id}; the first play marks it listened and is audited. */
    public void played(long id, String staff) {
        if (messages.markListened(id, staff, now())) {
            audit.record("comment.listened", "comment", id, null);
        }
    }

    public List<Unlistened> unlistened(int limit) {
        LocalDateTime now = now();
        return messages.unlistenedVoiceNotes(limit).stream()
                .map(m -> new Unlistened(m.getId(), m.getReceivedAt(), Duration.between(m.getReceivedAt(), now)))
                .toList();
    }

    public long unlistenedCount() {
        return messages.countUnlistenedVoiceNotes();
    }

    /** Median time from arrival to first listen over the voice notes of the last {@code days} days. */
    public Optional<Duration> medianTimeToFirstListen(int days) {
        List<Duration> waits = messages.listenedVoiceNotesSince(now().minusDays(days)).stream()
                .map(m -> Duration.between(m.getReceivedAt(), m.getListenedAt()))
                .sorted()
                .toList();
        if (waits.isEmpty()) {
            return Optional.empty();
        }
        int middle = waits.size() / 2;
        return Optional.of(
                waits.size() % 2 == 1
                        ? waits.get(middle)
                        : waits.get(middle - 1).plus(waits.get(middle)).dividedBy(2));
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
