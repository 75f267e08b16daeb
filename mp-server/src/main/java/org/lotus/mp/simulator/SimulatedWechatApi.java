package org.lotus.mp.simulator;

import java.util.Map;
import java.util.function.Function;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * WeChat's JSON API as the simulated WeChat answers it ({@code WX_API_BASE_URL} points here in demo mode): tokens,
 * menu, drafts and free publishing, customer-service and mass messages, QR codes. Errors are HTTP 200 with
 * {@code errcode}, as WeChat's are.
 */
@RestController
@RequestMapping(SimulatedAccount.API_PATH + "/cgi-bin")
@DemoMode.Only
class SimulatedWechatApi {

    private final AccessTokens tokens;
    private final SimulatedMenus menus;
    private final SimulatedPublishing publishing;
    private final SimulatedMessages messages;
    private final SimulatorState state;
    private final SimulatedAccount account;

    SimulatedWechatApi(
            AccessTokens tokens,
            SimulatedMenus menus,
            SimulatedPublishing publishing,
            SimulatedMessages messages,
            SimulatorState state,
            SimulatedAccount account) {
        this.tokens = tokens;
        this.menus = menus;
        this.publishing = publishing;
        this.messages = messages;
        this.state = state;
        this.account = account;
    }

    @PostMapping("/stable_token")
    Map<String, Object> stableToken(@RequestBody(required = false) String body) {
        JsonNode json = WechatRequests.json(body);
        if (json == null) {
            return WechatRequests.notJson();
        }
        return tokens.issue(
                json.path("grant_type").asString(""),
                json.path("appid").asString(""),
                json.path("secret").asString(""),
                json.path("force_refresh").asBoolean(false));
    }

    @GetMapping("/token")
    Map<String, Object> token(
            @RequestParam(name = "grant_type", required = false) String grantType,
            @RequestParam(required = false) String appid,
            @RequestParam(required = false) String secret) {
        return tokens.issue(grantType, appid, secret, true);
    }

    @PostMapping("/menu/create")
    Map<String, Object> createMenu(
            @RequestParam(name = "access_token", required = false) String token,
            @RequestBody(required = false) String body) {
        return call(token, body, menus::create);
    }

    @GetMapping("/menu/get")
    Map<String, Object> menu(@RequestParam(name = "access_token", required = false) String token) {
        return tokens.refusal(token).orElseGet(menus::get);
    }

    @PostMapping("/draft/add")
    Map<String, Object> addDraft(
            @RequestParam(name = "access_token", required = false) String token,
            @RequestBody(required = false) String body) {
        return call(token, body, publishing::addDraft);
    }

    @PostMapping("/freepublish/submit")
    Map<String, Object> submit(
            @RequestParam(name = "access_token", required = false) String token,
            @RequestBody(required = false) String body) {
        return call(token, body, publishing::submit);
    }

    @PostMapping("/freepublish/get")
    Map<String, Object> publishStatus(
            @RequestParam(name = "access_token", required = false) String token,
            @RequestBody(required = false) String body) {
        return call(token, body, publishing::status);
    }

    @PostMapping("/freepublish/delete")
    Map<String, Object> deletePublication(
            @RequestParam(name = "access_token", required = false) String token,
            @RequestBody(required = false) String body) {
        return call(token, body, publishing::delete);
    }

    @PostMapping("/message/custom/send")
    Map<String, Object> customSend(
            @RequestParam(name = "access_token", required = false) String token,
            @RequestBody(required = false) String body) {
        return call(token, body, messages::customSend);
    }

    @PostMapping("/message/mass/preview")
    Map<String, Object> preview(
            @RequestParam(name = "access_token", required = false) String token,
            @RequestBody(required = false) String body) {
        return call(token, body, messages::preview);
    }

    @PostMapping("/message/mass/sendall")
    Map<String, Object> sendAll(
            @RequestParam(name = "access_token", required = false) String token,
            @RequestBody(required = false) String body) {
        return call(token, body, messages::sendAll);
    }

    @PostMapping("/qrcode/create")
    Map<String, Object> qrCode(
            @RequestParam(name = "access_token", required = false) String token,
            @RequestBody(required = false) String body) {
        return call(token, body, json -> SimulatedMessages.qrCode(state, account, json));
    }

    private Map<String, Object> call(String token, String body, Function<JsonNode, Map<String, Object>> api) {
        return tokens.refusal(token).orElseGet(() -> {
            JsonNode json = WechatRequests.json(body);
            if (json == null) {
                return WechatRequests.notJson();
            }
            try {
                return api.apply(json);
            } catch (WechatRefusal refusal) {
                return refusal.body();
            }
        });
    }
}
