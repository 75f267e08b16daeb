package org.lotus.mp.simulator.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.lotus.mp.simulator.DemoMode;
import org.lotus.mp.simulator.SimulatedMedia;
import org.lotus.mp.simulator.SimulatedMenus;
import org.lotus.mp.simulator.SimulatedPublishing;
import org.lotus.mp.simulator.SimulatedReaders;
import org.lotus.mp.simulator.SimulatorData;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * {@code /simulator}: a phone-sized WeChat for a chosen simulated reader (any staff role); its script reads the
 * state here and acts through {@link SimulatorApiController}'s {@code /simulator/readers} paths.
 */
@Controller
@DemoMode.Only
class SimulatorPageController {

    private final SimulatedReaders readers;
    private final SimulatedMenus menus;
    private final SimulatedPublishing publishing;
    private final SimulatedMedia media;

    SimulatorPageController(
            SimulatedReaders readers, SimulatedMenus menus, SimulatedPublishing publishing, SimulatedMedia media) {
        this.readers = readers;
        this.menus = menus;
        this.publishing = publishing;
        this.media = media;
    }

    @GetMapping("/simulator")
    String phone(Model model, Locale locale) {
        model.addAttribute("lang", "zh".equals(locale.getLanguage()) ? "zh" : "fr");
        return "simulator/phone";
    }

    /** Everything the page shows, read again every few seconds so new messages appear. */
    @GetMapping(path = "/simulator/state", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> state(@RequestParam(required = false) Long reader) {
        List<SimulatorData.Reader> all = readers.all();
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("readers", all.stream().map(SimulatorViews.ReaderView::of).toList());
        Map<String, Object> menu = menus.current();
        state.put("menu", menu == null ? Map.of("button", List.of()) : menu);
        Optional<SimulatorData.Reader> chosen = all.stream()
                .filter(r -> reader != null && r.id == reader)
                .findFirst()
                .or(() -> all.stream().findFirst());
        state.put("reader", chosen.map(SimulatorViews.ReaderView::of).orElse(null));
        state.put(
                "chat",
                chosen.map(r -> readers.chat(r.id).stream()
                                .map(SimulatorViews.ChatView::of)
                                .toList())
                        .orElse(List.of()));
        return state;
    }

    @GetMapping("/simulator/media/{mediaId}/audio")
    ResponseEntity<byte[]> audio(@PathVariable String mediaId) throws IOException {
        Optional<Path> mp3 = media.playable(mediaId);
        if (mp3.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("audio/mpeg"))
                .cacheControl(CacheControl.noStore())
                .body(Files.readAllBytes(mp3.get()));
    }

    /** A published article as WeChat shows it at its article URL. */
    @GetMapping("/simulator/wechat/s/{articleId}")
    String article(@PathVariable String articleId, Model model) {
        SimulatorData.Publication publication = publishing.article(articleId);
        if (publication == null || publication.status != 0) {
            throw new org.lotus.mp.web.NotFoundException("publication", articleId);
        }
        model.addAttribute("title", publication.title);
        model.addAttribute("html", publication.html);
        return "simulator/article";
    }
}
