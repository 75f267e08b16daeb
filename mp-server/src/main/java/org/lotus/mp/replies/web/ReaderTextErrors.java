package org.lotus.mp.replies.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lotus.mp.i18n.StaffMessages;
import org.lotus.mp.replies.BlockedTermsException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A text refused for a blocked term: 400 naming the field, with the findings so the editor can rewrite them. */
@RestControllerAdvice(basePackageClasses = ReaderTextErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReaderTextErrors {

    private final StaffMessages wording;

    ReaderTextErrors(StaffMessages wording) {
        this.wording = wording;
    }

    @ExceptionHandler(BlockedTermsException.class)
    ResponseEntity<Map<String, Object>> blocked(BlockedTermsException e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", 400);
        body.put("error", e.getMessage());
        body.put("field", e.field());
        body.put("code", e.code());
        body.put("message", wording.fieldError(e.field(), e.code(), e.args()));
        body.put("errors", List.of(Map.of("field", e.field(), "message", e.getMessage())));
        body.put("findings", e.findings());
        return ResponseEntity.badRequest().body(body);
    }
}
