package org.lotus.mp.portal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lotus.mp.wechat.PublishJobFinished;

/** Reads {@code PublishEventInfo} of a PUBLISHJOBFINISH event: status, article id, every article URL, failures. */
final class PublishEvents {

    private static final String INFO = "PublishEventInfo/";

    private PublishEvents() {}

    static PublishJobFinished read(InboundMessage message) {
        String publishId = message.get(INFO + "publish_id");
        if (publishId == null || publishId.isEmpty()) {
            throw new MalformedXmlException("PublishEventInfo/publish_id is required");
        }
        List<PublishJobFinished.PublishedItem> items = new ArrayList<>();
        List<Integer> failed = new ArrayList<>();
        Integer index = null;
        for (Map.Entry<String, String> leaf : message.document().leaves()) {
            switch (leaf.getKey()) {
                case INFO + "article_detail/item/idx" -> index = integer(leaf.getValue(), "idx");
                case INFO + "article_detail/item/article_url" -> {
                    items.add(new PublishJobFinished.PublishedItem(
                            index == null ? items.size() + 1 : index, leaf.getValue()));
                    index = null;
                }
                case INFO + "fail_idx" -> {
                    if (!leaf.getValue().isEmpty()) {
                        failed.add(integer(leaf.getValue(), "fail_idx"));
                    }
                }
                default -> {}
            }
        }
        return new PublishJobFinished(
                publishId,
                integer(message.get(INFO + "publish_status"), "publish_status"),
                message.get(INFO + "article_id"),
                List.copyOf(items),
                List.copyOf(failed),
                // The server's clock: CreateTime identifies the event, it does not date it.
                Instant.now());
    }

    private static int integer(String value, String field) {
        try {
            return Integer.parseInt(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw new MalformedXmlException("PublishEventInfo " + field + " is not a number");
        }
    }
}
