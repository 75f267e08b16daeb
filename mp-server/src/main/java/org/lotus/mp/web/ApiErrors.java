package org.lotus.mp.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lotus.mp.i18n.StaffMessages;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * JSON errors for the API: {@code {status, error, field?, message?, errors?}}; {@code message} is the reason in the
 * staff member's language with the field's label. Never echoes submitted text.
 */
@RestControllerAdvice(basePackages = "org.lotus")
class ApiErrors {

    private final StaffMessages wording;

    ApiErrors(StaffMessages wording) {
        this.wording = wording;
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<Map<String, Object>> invalid(MethodArgumentNotValidException e) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "message", wording.fieldError(f)))
                .toList();
        Map<String, Object> body = body(HttpStatus.BAD_REQUEST, "invalid request");
        if (!errors.isEmpty()) {
            body.put("field", errors.get(0).get("field"));
            body.put(
                    "message",
                    wording.fieldError(e.getBindingResult().getFieldErrors().get(0)));
        }
        body.put("errors", errors);
        return ResponseEntity.badRequest().body(body);
    }

    @ExceptionHandler(InvalidFieldException.class)
    ResponseEntity<Map<String, Object>> invalidField(InvalidFieldException e) {
        Map<String, Object> body = body(HttpStatus.BAD_REQUEST, e.getMessage());
        String message = e.wording() != null ? e.wording() : wording.fieldError(e.field(), e.code(), e.args());
        body.put("field", e.field());
        body.put("code", e.code() == null ? "invalid" : e.code());
        body.put("message", message);
        body.put("errors", List.of(Map.of("field", e.field(), "message", message)));
        return ResponseEntity.badRequest().body(body);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> mismatch(MethodArgumentTypeMismatchException e) {
        Map<String, Object> body = body(HttpStatus.BAD_REQUEST, "invalid value");
        body.put("field", e.getName());
        body.put("message", wording.fieldError(e.getName(), "invalid"));
        return ResponseEntity.badRequest().body(body);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, Object>> missing(MissingServletRequestParameterException e) {
        Map<String, Object> body = body(HttpStatus.BAD_REQUEST, "missing parameter");
        body.put("field", e.getParameterName());
        body.put("message", wording.fieldError(e.getParameterName(), "required"));
        return ResponseEntity.badRequest().body(body);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        Map<String, Object> body = body(HttpStatus.BAD_REQUEST, "malformed request body");
        body.put("message", wording.text("error.malformedBody"));
        return ResponseEntity.badRequest().body(body);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, Object>> mediaType(HttpMediaTypeNotSupportedException e) {
        Map<String, Object> body = body(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported content type");
        body.put("message", wording.text("error.mediaType"));
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(body);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, Object>> notFound(NotFoundException e) {
        Map<String, Object> body = body(HttpStatus.NOT_FOUND, e.getMessage());
        body.put("message", wording.text("error.notFound"));
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(body);
    }

    private static Map<String, Object> body(HttpStatus status, String error) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.value());
        body.put("error", error);
        return body;
    }
}
