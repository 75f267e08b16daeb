package org.lotus.mp.lexicon.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.lotus.mp.audit.AuditLog;
import org.lotus.mp.lexicon.LexiconChangeException;
import org.lotus.mp.lexicon.LexiconEntries;
import org.lotus.mp.lexicon.LexiconProblems;
import org.lotus.mp.lexicon.LexiconRow;
import org.lotus.mp.web.InvalidFieldException;
import org.lotus.mp.web.NotFoundException;
import org.lotus.sensitivewords.Language;
import org.lotus.sensitivewords.LexiconEntry;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The lexicon over the API: editors read it, administrators change, import and export it. */
@RestController
class LexiconController {

    static final String TSV = "text/tab-separated-values";

    record EntryRequest(
            @NotBlank @Size(max = 100) String term,
            @Size(max = 200) String replacement,
            @NotBlank @Pattern(regexp = "zh|fr|any|both") String language,
            @NotBlank @Size(max = 32) String category,
            @Size(max = 300) String note) {

        LexiconEntry toEntry() {
            try {
                return new LexiconEntry(term, replacement, Language.parse(language), category, note);
            } catch (IllegalArgumentException e) {
                throw new LexiconChangeException("term", e.getMessage());
            }
        }
    }

    record EntryView(
            long id, String term, String replacement, String language, String category, String note, boolean blocked) {
        static EntryView of(LexiconRow row) {
            return new EntryView(
                    row.getId(),
                    row.getTerm(),
                    row.getReplacement(),
                    row.getLanguage(),
                    row.getCategory(),
                    row.getNote(),
                    row.isBlocked());
        }
    }

    private final LexiconEntries entries;
    private final AuditLog audit;
    private final LexiconProblems problems;

    LexiconController(LexiconEntries entries, AuditLog audit, LexiconProblems problems) {
        this.entries = entries;
        this.audit = audit;
        this.problems = problems;
    }

    @GetMapping("/api/lexicon")
    @PreAuthorize("hasRole('EDITOR')")
    List<EntryView> search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String language,
            @RequestParam(required = false) String category) {
        return entries.search(q, language, category).stream().map(EntryView::of).toList();
    }

    @GetMapping("/api/lexicon/{id}")
    @PreAuthorize("hasRole('EDITOR')")
    EntryView show(@PathVariable long id) {
        return entries.find(id).map(EntryView::of).orElseThrow(() -> new NotFoundException("lexicon entry", id));
    }

    @PostMapping("/api/lexicon")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<EntryView> save(@Valid @RequestBody EntryRequest request) {
        LexiconRow row = changing(() -> entries.save(request.toEntry()));
        audit.record("lexicon.save", "lexicon", row.getId(), row.getLanguage() + " " + row.getCategory());
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/lexicon/" + row.getId()))
                .body(EntryView.of(row));
    }

    @PutMapping("/api/lexicon/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    EntryView update(@PathVariable long id, @Valid @RequestBody EntryRequest request) {
        entries.find(id).orElseThrow(() -> new NotFoundException("lexicon entry", id));
        LexiconRow row = changing(() -> entries.update(id, request.toEntry()));
        audit.record("lexicon.update", "lexicon", id, row.getLanguage() + " " + row.getCategory());
        return EntryView.of(row);
    }

    @DeleteMapping("/api/lexicon/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Void> delete(@PathVariable long id) {
        if (!entries.delete(id)) {
            throw new NotFoundException("lexicon entry", id);
        }
        audit.record("lexicon.delete", "lexicon", id, null);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/api/lexicon/import", consumes = TSV)
    @PreAuthorize("hasRole('ADMIN')")
    Map<String, Object> importTsv(@RequestBody String tsv) {
        int count = changing(() -> entries.importTsv(new StringReader(tsv)));
        audit.record("lexicon.import", "lexicon", null, count + " entries");
        return Map.of("imported", count);
    }

    @GetMapping(path = "/api/lexicon/export", produces = TSV + ";charset=UTF-8")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<String> export() throws IOException {
        StringWriter out = new StringWriter();
        entries.exportTsv(out);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"lexicon.tsv\"")
                .body(out.toString());
    }

    /** A refused change answers 400 naming the field (or {@code line N}), told in the staff member's language. */
    private <T> T changing(java.util.function.Supplier<T> change) {
        try {
            return change.get();
        } catch (LexiconChangeException e) {
            throw InvalidFieldException.worded(e.field(), e.getMessage(), "lexicon", problems.explain(e.getMessage()));
        }
    }
}
