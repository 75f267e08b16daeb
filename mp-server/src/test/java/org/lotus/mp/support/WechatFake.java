package org.lotus.mp.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.notMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;

/**
 * A fake WeChat API on WireMock that answers as WeChat does: a stable token, {@code media/get} with a
 * {@code Content-disposition} file name or a JSON error, {@code menu/create}, and {@code {"errcode":40001,...}} for
 * a wrong token. Shared by the tests of one JVM so that their Spring contexts are shared too.
 */
public final class WechatFake {

    public static final String TOKEN = "FAKE_ACCESS_TOKEN";
    private static WechatFake shared;

    private final WireMockServer server;
    private final List<com.github.tomakehurst.wiremock.stubbing.StubMapping> outages =
            new java.util.concurrent.CopyOnWriteArrayList<>();

    private WechatFake() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        reset();
    }

    public static synchronized WechatFake shared() {
        if (shared == null) {
            shared = new WechatFake();
        }
        return shared;
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    /** Back to a WeChat that accepts everything and knows no media. */
    public void reset() {
        server.resetAll();
        server.stubFor(post(urlPathEqualTo("/cgi-bin/stable_token"))
                .willReturn(okJson("{\"access_token\":\"" + TOKEN + "\",\"expires_in\":7200}")));
        server.stubFor(get(urlPathEqualTo("/cgi-bin/media/get"))
                .atPriority(10)
                .willReturn(okJson("{\"errcode\":40007,\"errmsg\":\"invalid media_id\"}")));
        server.stubFor(post(urlPathEqualTo("/cgi-bin/menu/create"))
                .withQueryParam("access_token", equalTo(TOKEN))
                .willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\"}")));
        server.stubFor(post(urlPathEqualTo("/cgi-bin/message/custom/send"))
                .withQueryParam("access_token", equalTo(TOKEN))
                .willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\"}")));
        server.stubFor(post(urlPathEqualTo("/cgi-bin/qrcode/create"))
                .withQueryParam("access_token", equalTo(TOKEN))
                .willReturn(okJson(
                        "{\"ticket\":\"gQH47joAAAAAAAAAASxodHRwOi8vd2VpeGluLnFxLmNvbS9xL2taZ2Z3TVRtNzJXV1Brb3ZhYmJJAAIEZ23sUwMEmm3sUw==\","
                                + "\"url\":\"http://weixin.qq.com/q/kZgfwMTm72WWPkovabbI\"}")));
        server.stubFor(post(urlPathEqualTo("/cgi-bin/message/mass/preview"))
                .withQueryParam("access_token", equalTo(TOKEN))
                .willReturn(okJson("{\"errcode\":0,\"errmsg\":\"preview success\",\"msg_id\":34182}")));
        server.stubFor(post(urlPathEqualTo("/cgi-bin/message/mass/sendall"))
                .withQueryParam("access_token", equalTo(TOKEN))
                .willReturn(okJson("{\"errcode\":0,\"errmsg\":\"send job submission success\",\"msg_id\":34182,"
                        + "\"msg_data_id\":206227730}")));
        server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.any(
                        com.github.tomakehurst.wiremock.client.WireMock.urlMatching(
                                "/cgi-bin/(media|menu|message|qrcode)/.*"))
                .withQueryParam("access_token", notMatching(TOKEN))
                .atPriority(1)
                .willReturn(okJson("{\"errcode\":40001,\"errmsg\":\"invalid credential\"}")));
    }

    /** WeChat holds this media: {@code media/get} answers it as a file download. */
    public void givenMedia(String mediaId, String fileName, String contentType, byte[] content) {
        givenSlowMedia(mediaId, fileName, contentType, content, 0);
    }

    /** WeChat holds this media but takes {@code delayMillis} to send it, as on a slow network. */
    public void givenSlowMedia(String mediaId, String fileName, String contentType, byte[] content, int delayMillis) {
        server.stubFor(get(urlPathEqualTo("/cgi-bin/media/get"))
                .withQueryParam("media_id", equalTo(mediaId))
                .withQueryParam("access_token", equalTo(TOKEN))
                .atPriority(5)
                .willReturn(aResponse()
                        .withStatus(200)
                        .withFixedDelay(delayMillis)
                        .withHeader("Content-Type", contentType)
                        .withHeader("Content-disposition", "attachment; filename=\"" + fileName + "\"")
                        .withBody(content)));
    }

    /** The next {@code menu/create} calls fail with this WeChat error. */
    public void refuseMenu(int errcode, String errmsg) {
        server.stubFor(post(urlPathEqualTo("/cgi-bin/menu/create"))
                .withQueryParam("access_token", equalTo(TOKEN))
                .atPriority(2)
                .willReturn(okJson("{\"errcode\":" + errcode + ",\"errmsg\":\"" + errmsg + "\"}")));
    }

    /**
     * WeChat cannot be reached for {@code message/custom/send} (its gateway answers 503, nothing is delivered) until
     * {@link #reachable()}.
     */
    public void unreachable() {
        outages.add(server.stubFor(post(urlPathEqualTo("/cgi-bin/message/custom/send"))
                .atPriority(2)
                .willReturn(aResponse().withStatus(503).withBody("Service Unavailable"))));
    }

    /** The connection breaks after {@code message/custom/send} was received: WeChat may have delivered it. */
    public void dropsCustomMessagesAfterReceiving() {
        outage("/cgi-bin/message/custom/send");
    }

    /** WeChat stops answering {@code menu/create} until {@link #reachable()}. */
    public void menuUnreachable() {
        outage("/cgi-bin/menu/create");
    }

    private void outage(String path) {
        outages.add(server.stubFor(post(urlPathEqualTo(path))
                .atPriority(2)
                .willReturn(
                        aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER))));
    }

    /** WeChat answers again (ends outages and refusals of customer-service messages). */
    public void reachable() {
        outages.forEach(server::removeStub);
        outages.clear();
    }

    /** The next {@code message/custom/send} calls fail with this WeChat error. */
    public void refuseCustomMessages(int errcode, String errmsg) {
        outages.add(server.stubFor(post(urlPathEqualTo("/cgi-bin/message/custom/send"))
                .atPriority(2)
                .willReturn(okJson("{\"errcode\":" + errcode + ",\"errmsg\":\"" + errmsg + "\"}"))));
    }

    /** Customer-service messages sent so far (bodies are JSON with touser and text.content). */
    public List<LoggedRequest> customMessages() {
        return server.findAll(postRequestedFor(urlPathEqualTo("/cgi-bin/message/custom/send")));
    }

    /** The next {@code qrcode/create} calls answer this QR code URL. */
    public void givenQrCodeUrl(String url) {
        server.stubFor(post(urlPathEqualTo("/cgi-bin/qrcode/create"))
                .withQueryParam("access_token", equalTo(TOKEN))
                .atPriority(2)
                .willReturn(okJson("{\"ticket\":\"T-" + url.hashCode() + "\",\"url\":\"" + url + "\"}")));
    }

    /** The next {@code message/mass/sendall} calls fail with this WeChat error. */
    public void refuseMassSend(int errcode, String errmsg) {
        server.stubFor(post(urlPathEqualTo("/cgi-bin/message/mass/sendall"))
                .withQueryParam("access_token", equalTo(TOKEN))
                .atPriority(2)
                .willReturn(okJson("{\"errcode\":" + errcode + ",\"errmsg\":\"" + errmsg + "\"}")));
    }

    /** The next {@code message/mass/sendall} calls are received but the connection closes without an answer. */
    public void dropMassSendAnswers() {
        server.stubFor(post(urlPathEqualTo("/cgi-bin/message/mass/sendall"))
                .withQueryParam("access_token", equalTo(TOKEN))
                .atPriority(2)
                .willReturn(aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.EMPTY_RESPONSE)));
    }

    public List<LoggedRequest> qrCodeRequests() {
        return server.findAll(postRequestedFor(urlPathEqualTo("/cgi-bin/qrcode/create")));
    }

    public List<LoggedRequest> massPreviews() {
        return server.findAll(postRequestedFor(urlPathEqualTo("/cgi-bin/message/mass/preview")));
    }

    public List<LoggedRequest> massSends() {
        return server.findAll(postRequestedFor(urlPathEqualTo("/cgi-bin/message/mass/sendall")));
    }

    /** Bodies of the customer-service messages WeChat accepted (not those it failed or refused). */
    public List<String> deliveredCustomMessages() {
        return server.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().startsWith("/cgi-bin/message/custom/send"))
                .filter(e -> e.getResponseDefinition().getFault() == null
                        && String.valueOf(e.getResponseDefinition().getBody()).contains("\"errcode\":0"))
                .map(e -> e.getRequest().getBodyAsString())
                .toList();
    }

    public List<LoggedRequest> menuRequests() {
        return server.findAll(postRequestedFor(urlPathEqualTo("/cgi-bin/menu/create")));
    }

    public int mediaRequests(String mediaId) {
        return server.findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                                urlPathEqualTo("/cgi-bin/media/get"))
                        .withQueryParam("media_id", equalTo(mediaId)))
                .size();
    }
}
