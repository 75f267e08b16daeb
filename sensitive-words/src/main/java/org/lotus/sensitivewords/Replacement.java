package org.lotus.sensitivewords;

/**
 * A term replaced by its euphemism. {@code start} and {@code end} index the input text, and
 * {@code input.substring(start, end)} equals {@code from}.
 */
public record Replacement(int start, int end, String from, String to, String category) {}
