package org.lotus.sensitivewords;

/**
 * A blocked term found in the input, left in place for a person to rewrite. {@code start} and {@code end} index the
 * input text; {@code term} is the lexicon's spelling.
 */
public record Finding(int start, int end, String term, String category) {}
