package org.lotus.mp.articles.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lotus.content.BlockedTermsException;
import org.lotus.content.ContentNotFoundException;
import org.lotus.content.InvalidContentException;
import org.lotus.content.StatusConflictException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The content domain's refusals in the API's error shape: 400 naming the field, 404, 409. */
@RestControllerAdvice(
        basePackages = {"org.lotus.mp.articles.web", "org.lotus.mp.announcements.web", "org.lotus.mp.partners.web"})
class ContentErrors {

    private final MessageSource messages;

    ContentErrors(MessageSource messages) {
        this.messages = messages;
    }

    /** 400 naming the field; {@code message} says it in French or Chinese (Accept-Language), with the findings. */
    @ExceptionHandler(InvalidContentException.class)
    ResponseEntity<Map<String, Object>> invalid(InvalidContentException e, HttpServletRequest request, Locale locale) {
        Map<String, Object> body = body(HttpStatus.BAD_REQUEST, e.getMessage());
        body.put("field", e.field());
        // Scripts say their language with Accept-Language; otherwise the staff member's own language.
        Locale language = request.getHeader("Accept-Language") == null ? locale : request.getLocale();
        body.put("message", ContentMessages.of(e, messages, language));
        body.put("errors", List.of(Map.of("field", e.field(), "message", e.getMessage())));
        if (e instanceof BlockedTermsException blocked) {
            body.put("findings", blocked.findings());
        }
        return ResponseEntity.badRequest().body(body);
    }

    @ExceptionHandler(ContentNotFoundException.class)
    ResponseEntity<Map<String, Object>> notFound(ContentNotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(body(HttpStatus.NOT_FOUND, e.getMessage()));
    }

    @ExceptionHandler(StatusConflictException.class)
    ResponseEntity<Map<String, Object>> conflict(StatusConflictException e) {
        Map<String, Object> body = body(HttpStatus.CONFLICT, e.getMessage());
        body.put("field", "status");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
    }

    private static Map<String, Object> body(HttpStatus status, String error) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.value());
        body.put("error", error);
        return body;
    }
}
