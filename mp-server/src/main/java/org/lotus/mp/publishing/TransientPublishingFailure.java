package org.lotus.mp.publishing;

/** Thrown out of a job so that db-scheduler's failure handler retries it later with backoff. */
class TransientPublishingFailure extends RuntimeException {

    TransientPublishingFailure(String message) {
        super(message, null, false, false);
    }
}
