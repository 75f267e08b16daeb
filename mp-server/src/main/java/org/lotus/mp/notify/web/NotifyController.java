package org.lotus.mp.notify.web;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lotus.mp.notify.MassSendException;
import org.lotus.mp.notify.Notifiable;
import org.lotus.mp.notify.Notification;
import org.lotus.mp.notify.NotificationRefusedException;
import org.lotus.mp.notify.Notifications;
import org.lotus.mp.notify.Quota;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/articles/{id}/notify} (and announcements): {@code {preview: true, towxname}} sends the preview,
 * {@code {preview: false}} sends to every follower. {@code GET} on the same path shows the state and the quota.
 */
@RestController
@PreAuthorize("hasRole('EDITOR')")
class NotifyController {

    private final Notifications notifications;

    NotifyController(Notifications notifications) {
        this.notifications = notifications;
    }

    record NotifyRequest(Boolean preview, String towxname, String text) {}

    @GetMapping("/api/notify/quota")
    Map<String, Object> quota() {
        return quotaView(notifications.quota());
    }

    @GetMapping("/api/articles/{id}/notify")
    Map<String, Object> articleState(@PathVariable long id) {
        return view(notifications.state(Notifiable.ARTICLE, id));
    }

    @GetMapping("/api/announcements/{id}/notify")
    Map<String, Object> announcementState(@PathVariable long id) {
        return view(notifications.state(Notifiable.ANNOUNCEMENT, id));
    }

    @PostMapping(path = "/api/articles/{id}/notify", consumes = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> notifyArticle(@PathVariable long id, @RequestBody NotifyRequest request, Principal who)
            throws MassSendException {
        return notify(Notifiable.ARTICLE, id, request, who);
    }

    @PostMapping(path = "/api/announcements/{id}/notify", consumes = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> notifyAnnouncement(@PathVariable long id, @RequestBody NotifyRequest request, Principal who)
            throws MassSendException {
        return notify(Notifiable.ANNOUNCEMENT, id, request, who);
    }

    private Map<String, Object> notify(Notifiable type, long id, NotifyRequest request, Principal who)
            throws MassSendException {
        if (request.preview() == null) {
            throw new org.lotus.mp.web.InvalidFieldException("preview", "true for a preview, false to send");
        }
        Notification done = request.preview()
                ? notifications.preview(type, id, request.towxname(), request.text(), who.getName())
                : notifications.send(type, id, who.getName());
        return view(done);
    }

    @ExceptionHandler(NotificationRefusedException.class)
    ResponseEntity<Map<String, Object>> refused(NotificationRefusedException e) {
        Map<String, Object> body = error(HttpStatus.CONFLICT, e.getMessage());
        body.put("reason", e.reason());
        body.put("quota", quotaView(notifications.quota()));
        return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
    }

    @ExceptionHandler(MassSendException.class)
    ResponseEntity<Map<String, Object>> wechat(MassSendException e) {
        HttpStatus status = e.kind() == MassSendException.Kind.NOT_SENT && e.errcode() == 0
                ? HttpStatus.SERVICE_UNAVAILABLE
                : HttpStatus.BAD_GATEWAY;
        Map<String, Object> body = error(status, WechatErrorTexts.explain(e));
        body.put("kind", e.kind().name());
        if (e.errcode() != 0) {
            body.put("errcode", e.errcode());
        }
        return ResponseEntity.status(status).body(body);
    }

    static Map<String, Object> view(Notification n) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("type", n.type().key());
        view.put("id", n.contentId());
        view.put("status", n.status());
        view.put("text", n.text());
        view.put("previewedAt", n.previewedAt() == null ? null : n.previewedAt() + "Z");
        view.put("sentAt", n.sentAt() == null ? null : n.sentAt() + "Z");
        view.put("msgId", n.msgId());
        view.put("errcode", n.errcode());
        view.put("problem", n.problem());
        view.put("result", n.result());
        return view;
    }

    static Map<String, Object> quotaView(Quota quota) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("usedToday", quota.usedToday());
        view.put("perDay", quota.perDay());
        view.put("usedThisMonth", quota.usedThisMonth());
        view.put("perMonth", quota.perMonth());
        view.put("leftToday", quota.leftToday());
        return view;
    }

    private static Map<String, Object> error(HttpStatus status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.value());
        body.put("error", message);
        return body;
    }
}
