package org.lotus.mp.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lotus.mp.simulator.SimulatorData.Draft;
import org.lotus.mp.simulator.SimulatorData.Publication;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Drafts and free publishing: {@code draft/add} (a cover from permanent material is required), then
 * {@code freepublish/submit} answers a publish id at once and the result comes later as PUBLISHJOBFINISH;
 * {@code freepublish/get} and {@code freepublish/delete} as WeChat answers them.
 */
@Component
@DemoMode.Only
public class SimulatedPublishing {

    private final SimulatorState state;
    private final SimulatedAccount account;
    private final ResultEvents events;

    SimulatedPublishing(SimulatorState state, SimulatedAccount account, ResultEvents events) {
        this.state = state;
        this.account = account;
        this.events = events;
    }

    Map<String, Object> addDraft(JsonNode body) {
        JsonNode articles = body.path("articles");
        if (!articles.isArray() || articles.isEmpty() || articles.size() > 8) {
            return WechatErrors.of(40114, "invalid index value");
        }
        for (JsonNode article : articles) {
            if (article.path("title").asString("").isBlank()
                    || article.path("title").asString("").length() > 64) {
                return WechatErrors.of(45003, "title size out of limit");
            }
            if (article.path("content").asString("").isBlank()) {
                return WechatErrors.of(45166, "invalid content");
            }
            if (state.media(article.path("thumb_media_id").asString("")).isEmpty()) {
                return WechatErrors.of(40007, "invalid media_id");
            }
        }
        Draft draft = new Draft();
        draft.mediaId = SimulatorState.randomId(32);
        draft.articles = WechatRequests.asList(articles);
        draft.createdAt = System.currentTimeMillis();
        state.change(data -> data.drafts.put(draft.mediaId, draft));
        return Map.of("media_id", draft.mediaId);
    }

    Map<String, Object> submit(JsonNode body) {
        String mediaId = body.path("media_id").asString("");
        Draft draft = state.read(data -> data.drafts.get(mediaId));
        if (draft == null) {
            return WechatErrors.of(40007, "invalid media_id");
        }
        Publication publication = new Publication();
        publication.publishId = Long.toString(2_247_000_000L + (System.nanoTime() & 0xffffff));
        publication.draftMediaId = mediaId;
        publication.articleId = SimulatorState.randomId(32);
        publication.title = String.valueOf(draft.articles.get(0).get("title"));
        publication.html = String.valueOf(draft.articles.get(0).get("content"));
        publication.submittedAt = System.currentTimeMillis();
        state.change(data -> data.publications.add(publication));
        events.publicationFinishes(publication.publishId);
        Map<String, Object> answer = WechatErrors.ok();
        answer.put("publish_id", publication.publishId);
        answer.put("msg_data_id", publication.submittedAt / 1000);
        return answer;
    }

    Map<String, Object> status(JsonNode body) {
        String publishId = body.path("publish_id").asString("");
        Publication publication = find(p -> p.publishId.equals(publishId));
        if (publication == null) {
            return WechatErrors.of(40007, "invalid media_id");
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("publish_id", publication.publishId);
        answer.put("publish_status", publication.status);
        if (publication.status == 0 || publication.status == 5) {
            answer.put("article_id", publication.articleId);
            answer.put(
                    "article_detail",
                    Map.of(
                            "count",
                            1,
                            "item",
                            List.of(Map.of(
                                    "idx",
                                    1,
                                    "article_url",
                                    ResultEvents.articleUrl(account, publication.articleId)))));
        }
        answer.put("fail_idx", List.of());
        return answer;
    }

    Map<String, Object> delete(JsonNode body) {
        String articleId = body.path("article_id").asString("");
        boolean deleted = state.change(data -> {
            for (Publication p : data.publications) {
                if (p.articleId.equals(articleId) && p.status == 0) {
                    p.status = 5;
                    return true;
                }
            }
            return false;
        });
        return deleted ? WechatErrors.ok() : WechatErrors.of(40007, "invalid media_id");
    }

    /** A published (or deleted) article by its WeChat article id. */
    public Publication article(String articleId) {
        return find(p -> p.articleId.equals(articleId));
    }

    /** Every publication, newest first. */
    public List<Publication> all() {
        return state.read(data -> {
            List<Publication> list = new ArrayList<>(data.publications);
            java.util.Collections.reverse(list);
            return list;
        });
    }

    private Publication find(java.util.function.Predicate<Publication> which) {
        return state.read(
                data -> data.publications.stream().filter(which).findFirst().orElse(null));
    }
}
