package org.lotus.mp.portal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** AMR-NB files as WeChat stores voice notes: the "#!AMR" header and 20 ms frames at 12.2 kbit/s. */
public final class AmrSamples {

    private AmrSamples() {}

    /** One second of sound: 50 frames of mode 7 (a 0x3C header byte and 31 bytes of speech data). */
    public static byte[] oneSecond() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("#!AMR\n".getBytes(StandardCharsets.US_ASCII));
        for (int frame = 0; frame < 50; frame++) {
            out.write(0x3C);
            for (int i = 0; i < 31; i++) {
                out.write((frame * 31 + i) * 37 & 0xff);
            }
        }
        return out.toByteArray();
    }
}
