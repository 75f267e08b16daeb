package org.lotus.mp.channels.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lotus.mp.audit.AuditLog;
import org.lotus.mp.channels.Channel;
import org.lotus.mp.channels.ChannelCard;
import org.lotus.mp.channels.Channels;
import org.lotus.mp.channels.QrCodeUnavailableException;
import org.lotus.mp.channels.QrImages;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Outreach channels and their QR codes (EDITOR): JSON, PNG, SVG and the printable A6 card (SVG). */
@RestController
@PreAuthorize("hasRole('EDITOR')")
class ChannelController {

    private final Channels channels;
    private final ChannelCard card;
    private final AuditLog audit;

    ChannelController(Channels channels, ChannelCard card, AuditLog audit) {
        this.channels = channels;
        this.card = card;
        this.audit = audit;
    }

    record ChannelRequest(String name, String note) {}

    @PostMapping(path = "/api/channels", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> create(@RequestBody ChannelRequest request) {
        Channel channel = channels.create(request.name(), request.note());
        audit.record("channel.created", "channel", channel.id(), null);
        return ResponseEntity.status(HttpStatus.CREATED).body(view(channel));
    }

    @GetMapping("/api/channels")
    List<Map<String, Object>> list() {
        return channels.list().stream().map(ChannelController::view).toList();
    }

    @GetMapping("/api/channels/{id}")
    Map<String, Object> get(@PathVariable long id) {
        return view(channels.get(id));
    }

    @PatchMapping(path = "/api/channels/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> update(@PathVariable long id, @RequestBody ChannelRequest request) {
        Channel channel = channels.update(id, request.name(), request.note());
        audit.record("channel.updated", "channel", id, null);
        return view(channel);
    }

    @GetMapping(path = "/api/channels/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> png(@PathVariable long id, @RequestParam(required = false) Integer size) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .contentType(MediaType.IMAGE_PNG)
                .body(channels.png(id, size));
    }

    @GetMapping(path = "/api/channels/{id}/qr.svg", produces = "image/svg+xml")
    ResponseEntity<String> svg(@PathVariable long id) {
        Channel channel = channels.withQrCode(channels.get(id));
        return svgResponse(QrImages.svg(channel.qrUrl()));
    }

    @GetMapping(path = "/api/channels/{id}/card.svg", produces = "image/svg+xml")
    ResponseEntity<String> card(@PathVariable long id) {
        Channel channel = channels.withQrCode(channels.get(id));
        return svgResponse(card.svg(channel));
    }

    @ExceptionHandler(QrCodeUnavailableException.class)
    ResponseEntity<Map<String, Object>> unavailable(QrCodeUnavailableException e) {
        HttpStatus status = e.errcode() == 0 ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.BAD_GATEWAY;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.value());
        body.put("error", e.getMessage());
        if (e.errcode() != 0) {
            body.put("errcode", e.errcode());
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body);
    }

    static Map<String, Object> view(Channel channel) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", channel.id());
        view.put("name", channel.name());
        view.put("note", channel.note());
        view.put("sceneStr", channel.sceneStr());
        view.put("qrUrl", channel.qrUrl());
        view.put("qrProblem", channel.qrProblem());
        view.put("createdAt", channel.createdAt().toString() + "Z");
        return view;
    }

    private static ResponseEntity<String> svgResponse(String svg) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .contentType(MediaType.parseMediaType("image/svg+xml;charset=UTF-8"))
                .body(svg);
    }
}
