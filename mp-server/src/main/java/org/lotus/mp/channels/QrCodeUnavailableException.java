package org.lotus.mp.channels;

/** WeChat gave no QR code for a channel (no credentials, or an error code): said to staff, tried again later. */
public class QrCodeUnavailableException extends RuntimeException {

    private final int errcode;

    public QrCodeUnavailableException(int errcode, String message) {
        super(message);
        this.errcode = errcode;
    }

    public int errcode() {
        return errcode;
    }
}
