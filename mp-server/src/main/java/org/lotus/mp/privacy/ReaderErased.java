package org.lotus.mp.privacy;

/** Everything about a reader is being erased, in this transaction: features holding more about her erase it too. */
public record ReaderErased(String pseudonym) {}
