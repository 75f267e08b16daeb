package org.lotus.mp.replies;

import java.time.Instant;

/** A stored automatic reply: the Chinese text readers get, its French translation for staff, an optional voice. */
public record AutomaticReply(ReplyKey key, String text, String textFr, Long audioId, Instant updatedAt) {}
