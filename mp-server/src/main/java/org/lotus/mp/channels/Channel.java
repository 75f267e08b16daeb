package org.lotus.mp.channels;

import java.time.LocalDateTime;

/**
 * An outreach channel: its name, a note for staff, the scene string its QR code carries, and the URL WeChat returned
 * for that code ({@code qrProblem} says why there is none yet).
 */
public record Channel(
        long id, String name, String note, String sceneStr, String qrUrl, String qrProblem, LocalDateTime createdAt) {

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
