package org.lotus.mp.comments;

import java.math.BigInteger;
import java.time.LocalDateTime;

/**
 * A message as the portal hands it over. {@code kind} is text, voice, image, video or link; {@code mediaId} is
 * WeChat's id of the media to fetch, valid for three days. {@code wxMsgId} is unsigned 64-bit, null when WeChat sent
 * none.
 */
public record NewReaderMessage(
        BigInteger wxMsgId,
        String readerPseudonym,
        String kind,
        String text,
        String transcription,
        String mediaId,
        String mediaFormat,
        LocalDateTime receivedAt) {}
