package org.lotus.mp.audio;

import java.util.List;

/** A clip still answers a section, an article or a stored reply: deleting it would leave readers with nothing. */
public class AudioInUseException extends RuntimeException {

    private final List<String> usedBy;

    AudioInUseException(List<String> usedBy) {
        super("audio clip in use by " + String.join(", ", usedBy));
        this.usedBy = List.copyOf(usedBy);
    }

    /** Where it is used, as "section:news" or "article:12". */
    public List<String> usedBy() {
        return usedBy;
    }
}
