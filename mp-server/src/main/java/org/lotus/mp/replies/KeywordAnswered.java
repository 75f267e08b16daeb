package org.lotus.mp.replies;

/**
 * Published when a reader's text got a keyword answer, once per message: statistics count answers by rule
 * ({@code @EventListener}) without the reader or the text.
 */
public record KeywordAnswered(long answerId) {}
