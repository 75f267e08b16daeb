package org.lotus.mp.readers;

/**
 * Something else keyed with the reader keys (a third party's number hashed and sealed in a report or an outreach
 * contact) that {@link ReaderKeyRotation} moves to the current keys after the readers.
 */
public interface KeyRotationStep {

    /** What is moved, for the log ("client reports"). */
    String what();

    /** Moves every row not yet on the current keys, one per transaction; returns how many moved. */
    Moved rotate(Rekeying rekeying);

    /** Rows moved, and rows neither key opens (left as they are). */
    record Moved(int moved, int unreadable) {}
}
