package org.lotus.content.article;

/**
 * How far a PUBLISHING article got. SUBMITTING is written before {@code freepublish/submit} is called and SUBMITTED
 * with the {@code publish_id} after it answers, so an article found in SUBMITTING is known to be uncertain.
 */
public enum PublishStep {
    PREPARING,
    DRAFTED,
    SUBMITTING,
    SUBMITTED
}
