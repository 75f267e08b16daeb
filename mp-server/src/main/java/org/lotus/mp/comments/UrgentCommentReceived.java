package org.lotus.mp.comments;

import java.time.LocalDateTime;

/** A stored reader message signals danger or an assault; {@code receivedAt} is UTC. */
public record UrgentCommentReceived(long commentId, LocalDateTime receivedAt) {}
