package org.lotus.mp.menu.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.lotus.mp.i18n.StaffMessages;
import org.lotus.mp.menu.MenuPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/menu/publish}: the sections become WeChat's menu. */
@RestController
class MenuController {

    private final MenuPublisher publisher;
    private final StaffMessages wording;

    MenuController(MenuPublisher publisher, StaffMessages wording) {
        this.publisher = publisher;
        this.wording = wording;
    }

    @PostMapping("/api/menu/publish")
    @PreAuthorize("hasRole('EDITOR')")
    Map<String, Object> publish() {
        return Map.of("status", "published", "topButtons", publisher.publish());
    }

    @ExceptionHandler(MenuPublisher.WechatUnavailableException.class)
    ResponseEntity<Map<String, Object>> unavailable(MenuPublisher.WechatUnavailableException e) {
        ResponseEntity<Map<String, Object>> response = error(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        response.getBody().put("message", wording.text("wechat.error.notConfigured"));
        return response;
    }

    @ExceptionHandler(MenuPublisher.WechatRefusedException.class)
    ResponseEntity<Map<String, Object>> refused(MenuPublisher.WechatRefusedException e) {
        ResponseEntity<Map<String, Object>> response = error(HttpStatus.BAD_GATEWAY, e.getMessage());
        response.getBody().put("errcode", e.errcode());
        response.getBody().put("errmsg", e.errmsg());
        response.getBody()
                .put(
                        "message",
                        e.isUnreachable() ? wording.text("menu.wechatUnreachable") : wording.wechatError(e.errcode()));
        return response;
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.value());
        body.put("error", message);
        return ResponseEntity.status(status).body(body);
    }
}
