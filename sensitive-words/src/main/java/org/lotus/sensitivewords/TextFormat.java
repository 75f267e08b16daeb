package org.lotus.sensitivewords;

/** How the text handed to the rewriter is encoded. */
public enum TextFormat {
    /** Plain text: every character is text. */
    TEXT,
    /** HTML: only text nodes are rewritten; tags, attributes, comments, scripts and styles stay byte for byte. */
    HTML
}
