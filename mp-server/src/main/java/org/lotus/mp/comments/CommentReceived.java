package org.lotus.mp.comments;

/** A reader message was stored; {@code withMedia} when its media still has to be fetched. */
public record CommentReceived(long commentId, String kind, boolean withMedia) {}
