package org.lotus.mp.portal;

/** The query parameters WeChat signs a push with; any of them may be missing from a forged request. */
public record PushParameters(
        String signature, String timestamp, String nonce, String encryptType, String msgSignature) {

    boolean safeMode() {
        return "aes".equalsIgnoreCase(encryptType);
    }
}
