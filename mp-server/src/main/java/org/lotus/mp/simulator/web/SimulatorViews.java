package org.lotus.mp.simulator.web;

import java.time.Instant;
import org.lotus.mp.simulator.SimulatorData;

/** JSON shapes of the simulator: readers without their openid, conversations, publications. */
final class SimulatorViews {

    private SimulatorViews() {}

    record ReaderView(long id, String name, boolean following) {
        static ReaderView of(SimulatorData.Reader reader) {
            return new ReaderView(reader.id, reader.name, reader.following);
        }
    }

    /** One message; {@code audioUrl} plays a voice message in the browser, {@code imageUrl} shows an image. */
    record ChatView(
            Instant at,
            String from,
            String type,
            String text,
            String title,
            String description,
            String url,
            String mediaId,
            String via,
            String audioUrl,
            String imageUrl) {
        static ChatView of(SimulatorData.ChatEntry entry) {
            boolean voice = "voice".equals(entry.type) && entry.mediaId != null;
            boolean image = "image".equals(entry.type) && entry.mediaId != null;
            return new ChatView(
                    Instant.ofEpochMilli(entry.at),
                    entry.from,
                    entry.type,
                    entry.text,
                    entry.title,
                    entry.description,
                    entry.url,
                    entry.mediaId,
                    entry.via,
                    voice ? "/simulator/media/" + entry.mediaId + "/audio" : null,
                    image ? "/simulator/wechat/mmbiz/" + entry.mediaId : null);
        }
    }

    record PublicationView(
            String publishId,
            String articleId,
            String title,
            String html,
            String status,
            int publishStatus,
            String url) {
        static PublicationView of(SimulatorData.Publication p) {
            String status = switch (p.status) {
                case 0 -> "published";
                case 1 -> "publishing";
                case 5 -> "deleted";
                default -> "failed";
            };
            return new PublicationView(
                    p.publishId, p.articleId, p.title, p.html, status, p.status, "/simulator/wechat/s/" + p.articleId);
        }
    }
}
