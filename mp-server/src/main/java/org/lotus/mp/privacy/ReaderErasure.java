package org.lotus.mp.privacy;

import org.lotus.mp.comments.ReaderMessages;
import org.lotus.mp.readers.Readers;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases everything about a reader: messages, voice and media files, the pseudonym and the sealed id. Asked by the
 * reader (删除我的信息), by the coordinator, or by retention once an unfollow is old enough.
 */
@Service
public class ReaderErasure {

    private final Readers readers;
    private final ReaderMessages messages;
    private final PrivacyPurges purges;
    private final ApplicationEventPublisher events;

    ReaderErasure(Readers readers, ReaderMessages messages, PrivacyPurges purges, ApplicationEventPublisher events) {
        this.readers = readers;
        this.messages = messages;
        this.purges = purges;
        this.events = events;
    }

    /** The reader asked it themselves, from WeChat. */
    @Transactional
    public void eraseReader(String openid) {
        erase(readers.pseudonymOf(openid), "erasure");
    }

    /** The coordinator asked it for a reader identified by the pseudonym shown in the inbox. */
    @Transactional
    public boolean erasePseudonym(String pseudonym) {
        return erase(pseudonym, "erasure");
    }

    @Transactional
    boolean erase(String pseudonym, String reason) {
        events.publishEvent(new ReaderErased(pseudonym));
        ReaderMessages.Removed removed = messages.eraseReader(pseudonym);
        boolean forgotten = readers.forget(pseudonym);
        purges.record(reason, removed.messages(), removed.files(), forgotten ? 1 : 0);
        return forgotten || removed.messages() > 0;
    }
}
