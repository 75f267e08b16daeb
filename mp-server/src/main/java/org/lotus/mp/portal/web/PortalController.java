package org.lotus.mp.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import org.lotus.mp.portal.Callbacks;
import org.lotus.mp.portal.PushParameters;
import org.lotus.mp.portal.PushRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** WeChat's door: address verification and pushes. Refusals are an empty body with the status WeChat expects. */
@RestController
@RequestMapping("/wx/portal/{appid}")
class PortalController {

    private static final Logger log = LoggerFactory.getLogger(PortalController.class);
    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");
    private static final MediaType TEXT = MediaType.parseMediaType("text/plain;charset=UTF-8");

    private final Callbacks callbacks;

    PortalController(Callbacks callbacks) {
        this.callbacks = callbacks;
    }

    @GetMapping
    ResponseEntity<String> verifyAddress(
            @PathVariable String appid,
            @RequestParam(required = false) String signature,
            @RequestParam(required = false) String timestamp,
            @RequestParam(required = false) String nonce,
            @RequestParam(required = false) String echostr) {
        String echo =
                callbacks.verifyAddress(appid, new PushParameters(signature, timestamp, nonce, null, null), echostr);
        return ResponseEntity.ok().contentType(TEXT).body(echo);
    }

    @PostMapping
    ResponseEntity<String> receivePush(
            @PathVariable String appid,
            @RequestParam(required = false) String signature,
            @RequestParam(required = false) String timestamp,
            @RequestParam(required = false) String nonce,
            @RequestParam(name = "encrypt_type", required = false) String encryptType,
            @RequestParam(name = "msg_signature", required = false) String msgSignature,
            HttpServletRequest request)
            throws IOException {
        byte[] body = readBody(request, callbacks.maxBodyBytes());
        Callbacks.Answer answer = callbacks.answer(
                appid, new PushParameters(signature, timestamp, nonce, encryptType, msgSignature), body);
        return ResponseEntity.ok().contentType(answer.xml() ? XML : TEXT).body(answer.body());
    }

    @ExceptionHandler(PushRefusedException.class)
    ResponseEntity<String> refused(PushRefusedException e) {
        log.debug("push refused ({}): {}", e.status(), e.getMessage());
        return ResponseEntity.status(e.status()).contentType(TEXT).body("");
    }

    /** Reads at most {@code limit} bytes, whatever Content-Length claims (it may be absent or lie). */
    private static byte[] readBody(HttpServletRequest request, int limit) throws IOException {
        if (request.getContentLengthLong() > limit) {
            throw new BodyTooLargeException();
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(limit + 1);
            if (body.length > limit) {
                throw new BodyTooLargeException();
            }
            return body;
        }
    }

    /** A body over the limit: answered 413. */
    private static final class BodyTooLargeException extends PushRefusedException {
        BodyTooLargeException() {
            super(413, "body too large");
        }
    }
}
