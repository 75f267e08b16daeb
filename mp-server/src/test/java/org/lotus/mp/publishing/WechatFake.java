package org.lotus.mp.publishing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * WeChat's publishing API as a WireMock server: each API answers like WeChat by default, and a fault can be
 * injected on any of them, once or for good, with WeChat's own error shapes.
 */
public final class WechatFake implements AutoCloseable {

    public static final String ARTICLE_URL = "https://mp.weixin.qq.com/s/polled";
    public static final String BODY_IMAGE_URL = "http://mmbiz.qpic.cn/mmbiz_jpg/uploaded";

    private final WireMockServer server;

    public WechatFake() {
        server = new WireMockServer(options().dynamicPort().globalTemplating(true));
        server.start();
        answerNormally();
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    /** Forgets every request and fault: WeChat answers normally again. */
    public void reset() {
        server.resetAll();
        answerNormally();
    }

    public void answerNormally() {
        stub(
                "stable_token",
                okJson("{\"access_token\":\"token-{{randomValue length=12 type='ALPHANUMERIC'}}\","
                        + "\"expires_in\":7200}"));
        stub(
                "material/add_material",
                okJson("{\"media_id\":\"thumb-{{randomValue length=8 type='NUMERIC'}}\","
                        + "\"url\":\"http://mmbiz.qpic.cn/thumb\"}"));
        stub("media/uploadimg", okJson("{\"url\":\"" + BODY_IMAGE_URL + "\"}"));
        stub("draft/add", okJson("{\"media_id\":\"draft-{{randomValue length=16 type='ALPHANUMERIC'}}\"}"));
        stub(
                "freepublish/submit",
                okJson("{\"errcode\":0,\"errmsg\":\"ok\","
                        + "\"publish_id\":\"{{randomValue length=12 type='NUMERIC'}}\"}"));
        publishStatus(0);
        stub("freepublish/delete", okJson("{\"errcode\":0,\"errmsg\":\"ok\"}"));
        stub(
                "message/mass/sendall",
                okJson("{\"errcode\":0,\"errmsg\":\"send job submission success\","
                        + "\"msg_id\":\"{{randomValue length=8 type='NUMERIC'}}\",\"msg_data_id\":206227730}"));
    }

    /** What {@code freepublish/get} answers from now on. */
    public void publishStatus(int status) {
        stub(
                "freepublish/get",
                okJson("{\"publish_id\":\"{{jsonPath request.body '$.publish_id'}}\","
                        + "\"publish_status\":" + status + ",\"article_id\":\"article-polled\","
                        + "\"article_detail\":{\"count\":1,\"item\":[{\"idx\":1,\"article_url\":\"" + ARTICLE_URL
                        + "\"}]},"
                        + "\"fail_idx\":[]}"));
    }

    /** The next call of {@code api} answers {@code fault}; the ones after it answer normally. */
    public void failOnce(String api, ResponseDefinitionBuilder fault) {
        server.stubFor(post(urlPathEqualTo("/cgi-bin/" + api))
                .atPriority(1)
                .inScenario("fault " + api)
                .whenScenarioStateIs(STARTED)
                .willReturn(fault)
                .willSetStateTo("answered"));
    }

    /** Every call of {@code api} answers {@code fault}. */
    public void failAlways(String api, ResponseDefinitionBuilder fault) {
        server.stubFor(post(urlPathEqualTo("/cgi-bin/" + api)).atPriority(1).willReturn(fault));
    }

    public static ResponseDefinitionBuilder error(int errcode, String errmsg) {
        return okJson("{\"errcode\":" + errcode + ",\"errmsg\":\"" + errmsg + "\"}");
    }

    public static ResponseDefinitionBuilder serverError() {
        return aResponse().withStatus(500).withBody("<html>502 Bad Gateway</html>");
    }

    public static ResponseDefinitionBuilder slow(ResponseDefinitionBuilder answer, int millis) {
        return answer.withFixedDelay(millis);
    }

    public List<LoggedRequest> requests(String api) {
        return server.findAll(postRequestedFor(urlPathEqualTo("/cgi-bin/" + api)));
    }

    public List<LoggedRequest> requests(String api, String bodyContaining) {
        return server.findAll(
                postRequestedFor(urlPathEqualTo("/cgi-bin/" + api)).withRequestBody(containing(bodyContaining)));
    }

    /** When each draft was submitted, by the title of its article (titles are unique in the jar-level tests). */
    public Map<String, Instant> submitTimesByTitle() {
        JsonMapper json = JsonMapper.shared();
        Map<String, String> titleByDraft = new HashMap<>();
        List<ServeEvent> events = server.getAllServeEvents();
        for (ServeEvent event : events) {
            if (event.getRequest().getUrl().startsWith("/cgi-bin/draft/add")) {
                String title = json.readTree(event.getRequest().getBodyAsString())
                        .path("articles")
                        .path(0)
                        .path("title")
                        .asString();
                String draft = json.readTree(event.getResponse().getBodyAsString())
                        .path("media_id")
                        .asString("");
                titleByDraft.put(draft, title);
            }
        }
        Map<String, Instant> submitted = new HashMap<>();
        for (ServeEvent event : events) {
            if (event.getRequest().getUrl().startsWith("/cgi-bin/freepublish/submit")) {
                String draft = json.readTree(event.getRequest().getBodyAsString())
                        .path("media_id")
                        .asString();
                submitted.merge(
                        titleByDraft.getOrDefault(draft, draft),
                        event.getRequest().getLoggedDate().toInstant(),
                        (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        return submitted;
    }

    private void stub(String api, ResponseDefinitionBuilder answer) {
        server.stubFor(post(urlPathEqualTo("/cgi-bin/" + api)).atPriority(10).willReturn(answer));
    }

    @Override
    public void close() {
        server.stop();
    }
}
