package org.lotus.mp.simulator.web;

import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.lotus.mp.simulator.DemoMode;
import org.lotus.mp.simulator.SimulatedMenus;
import org.lotus.mp.simulator.SimulatedPublishing;
import org.lotus.mp.simulator.SimulatedReaders;
import org.lotus.mp.web.InvalidFieldException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The simulator for scripts and tests (demo mode only; absent, hence 404, otherwise): create readers, send as
 * they would and get the passive replies, read their conversations, the menu and what was published. The
 * {@code /simulator} page calls the same operations under its own path, with the session and its CSRF token.
 */
@RestController
@DemoMode.Only
class SimulatorApiController {

    private final SimulatedReaders readers;
    private final SimulatedMenus menus;
    private final SimulatedPublishing publishing;

    SimulatorApiController(SimulatedReaders readers, SimulatedMenus menus, SimulatedPublishing publishing) {
        this.readers = readers;
        this.menus = menus;
        this.publishing = publishing;
    }

    /** {@code file} is Base64 (a {@code data:} URL is accepted too). */
    record SendRequest(String type, String text, String key, String file) {}

    record NameRequest(String name) {}

    @PostMapping(
            path = {"/api/simulator/readers", "/simulator/readers"},
            consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> create(@RequestBody NameRequest request) {
        return Map.of("id", readers.create(request.name()).id);
    }

    @GetMapping("/api/simulator/readers")
    List<SimulatorViews.ReaderView> list() {
        return readers.all().stream().map(SimulatorViews.ReaderView::of).toList();
    }

    @PatchMapping(
            path = {"/api/simulator/readers/{id}", "/simulator/readers/{id}"},
            consumes = MediaType.APPLICATION_JSON_VALUE)
    SimulatorViews.ReaderView rename(@PathVariable long id, @RequestBody NameRequest request) {
        return SimulatorViews.ReaderView.of(readers.rename(id, request.name()));
    }

    @PostMapping(path = "/api/simulator/readers/{id}/send", consumes = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> send(@PathVariable long id, @RequestBody SendRequest request) {
        byte[] file = decode(request.file());
        return Map.of(
                "replies",
                readers.send(id, new SimulatedReaders.Sent(request.type(), request.text(), request.key(), file, null)));
    }

    @PostMapping(
            path = {"/api/simulator/readers/{id}/send", "/simulator/readers/{id}/send"},
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Map<String, Object> sendFile(
            @PathVariable long id,
            @RequestParam String type,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) String key,
            @RequestPart(name = "file", required = false) MultipartFile file)
            throws IOException {
        byte[] bytes = file == null ? null : file.getBytes();
        return Map.of("replies", readers.send(id, new SimulatedReaders.Sent(type, text, key, bytes, null)));
    }

    @GetMapping("/api/simulator/readers/{id}/chat")
    List<SimulatorViews.ChatView> chat(@PathVariable long id) {
        return readers.chat(id).stream().map(SimulatorViews.ChatView::of).toList();
    }

    @GetMapping("/api/simulator/menu")
    Map<String, Object> menu() {
        Map<String, Object> menu = menus.current();
        return menu == null ? Map.of("button", List.of()) : menu;
    }

    @GetMapping("/api/simulator/publications")
    List<SimulatorViews.PublicationView> publications() {
        return publishing.all().stream().map(SimulatorViews.PublicationView::of).toList();
    }

    private static byte[] decode(String file) {
        if (file == null || file.isBlank()) {
            return null;
        }
        String data = file.startsWith("data:") ? file.substring(file.indexOf(',') + 1) : file;
        try {
            return Base64.getDecoder().decode(data.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("file", "file must be Base64");
        }
    }
}
