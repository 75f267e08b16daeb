package org.lotus.mp.comments;

import java.time.LocalDateTime;

/** Staff answered a reader message for the first time; both times are UTC. */
public record CommentAnswered(long commentId, LocalDateTime receivedAt, LocalDateTime answeredAt) {}
