package org.lotus.mp.cms;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.lotus.mp.audit.AuditLog;
import org.lotus.mp.lexicon.CurrentLexicon;
import org.lotus.mp.lexicon.LexiconChangeException;
import org.lotus.mp.lexicon.LexiconEntries;
import org.lotus.mp.lexicon.LexiconProblems;
import org.lotus.mp.web.NotFoundException;
import org.lotus.sensitivewords.Language;
import org.lotus.sensitivewords.LexiconEntry;
import org.lotus.sensitivewords.RewriteResult;
import org.lotus.sensitivewords.TextFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The lexicon in the CMS: search, add, change, delete, import and export TSV, and a box to try a text. */
@Controller
class LexiconPagesController {

    private final LexiconEntries entries;
    private final CurrentLexicon lexicon;
    private final AuditLog audit;
    private final LexiconProblems problems;

    LexiconPagesController(LexiconEntries entries, CurrentLexicon lexicon, AuditLog audit, LexiconProblems problems) {
        this.entries = entries;
        this.lexicon = lexicon;
        this.audit = audit;
        this.problems = problems;
    }

    @GetMapping("/cms/lexicon")
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String language,
            @RequestParam(required = false) String category,
            Model model) {
        model.addAttribute("entries", entries.search(q, language, category));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("language", language == null ? "" : language);
        return "cms/lexicon";
    }

    @PostMapping("/cms/lexicon")
    String save(
            @RequestParam(required = false) Long id,
            @RequestParam String term,
            @RequestParam(defaultValue = "") String replacement,
            @RequestParam String language,
            @RequestParam String category,
            @RequestParam(defaultValue = "") String note,
            RedirectAttributes redirect) {
        try {
            LexiconEntry entry = new LexiconEntry(term, replacement, Language.parse(language), category, note);
            long saved = id == null
                    ? entries.save(entry).getId()
                    : entries.update(id, entry).getId();
            audit.record(id == null ? "lexicon.save" : "lexicon.update", "lexicon", saved, language + " " + category);
            redirect.addFlashAttribute("notice", "lexicon.saved");
        } catch (LexiconChangeException | IllegalArgumentException e) {
            redirect.addFlashAttribute("problem", problems.explain(e.getMessage()));
        }
        return "redirect:/cms/lexicon?q=" + java.net.URLEncoder.encode(term, StandardCharsets.UTF_8);
    }

    @PostMapping("/cms/lexicon/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        if (!entries.delete(id)) {
            throw new NotFoundException("lexicon entry", id);
        }
        audit.record("lexicon.delete", "lexicon", id, null);
        redirect.addFlashAttribute("notice", "lexicon.deleted");
        return "redirect:/cms/lexicon";
    }

    @PostMapping("/cms/lexicon/import")
    String importTsv(@RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
        try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            int count = entries.importTsv(reader);
            audit.record("lexicon.import", "lexicon", null, count + " entries");
            redirect.addFlashAttribute("notice", "lexicon.imported");
        } catch (LexiconChangeException e) {
            redirect.addFlashAttribute("problem", problems.explain(e.getMessage()));
        }
        return "redirect:/cms/lexicon";
    }

    @GetMapping("/cms/lexicon/export")
    ResponseEntity<String> export() throws IOException {
        StringWriter out = new StringWriter();
        entries.exportTsv(out);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, "text/tab-separated-values;charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"lexicon.tsv\"")
                .body(out.toString());
    }

    @PostMapping("/cms/lexicon/test")
    String test(@RequestParam String text, @RequestParam(defaultValue = "zh") String language, Model model) {
        RewriteResult result = lexicon.rewrite(text, TextFormat.TEXT, Language.parse(language));
        model.addAttribute("tested", text);
        model.addAttribute("testLanguage", language);
        model.addAttribute("result", result);
        model.addAttribute("marked", RewriteMarks.of(text, result));
        return list(null, null, null, model);
    }
}
