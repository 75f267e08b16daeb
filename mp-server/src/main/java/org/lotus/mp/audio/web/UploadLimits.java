package org.lotus.mp.audio.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** An upload over the multipart limit never reaches a controller: answered as any too big file, naming the field. */
@RestControllerAdvice
class UploadLimits {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, Object>> tooBig(MaxUploadSizeExceededException e) {
        String message = "Fichier trop volumineux (20 Mo au plus) · 文件太大（最多 20 MB）";
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", 400);
        body.put("error", message);
        body.put("field", "file");
        body.put("errors", List.of(Map.of("field", "file", "message", message)));
        return ResponseEntity.badRequest().body(body);
    }
}
