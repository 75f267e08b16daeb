import java.io.BufferedWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Writes distinct safe-mode CLICK pushes, one per line: "query<TAB>body". Each has its own reader, CreateTime and
 * nonce, so neither deduplication nor replay protection can answer from memory.
 * Usage: java bench/GeneratePushes.java FILE COUNT APPID TOKEN AES_KEY [TIMESTAMP]
 * TIMESTAMP (Unix seconds, default now) lets a long run prepare pushes for a later minute: the portal accepts a push
 * whose timestamp is within 300 s of its clock.
 */
public class GeneratePushes {

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        String appid = args[2], token = args[3];
        byte[] key = Base64.getDecoder().decode(args[4] + "=");
        Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(Arrays.copyOf(key, 16)));
        String[] sections = {"news", "rights", "insurance", "health", "emergency", "self-defence", "about", "history",
            "partners", "messages"};
        SecureRandom random = new SecureRandom();
        long now = args.length > 5 ? Long.parseLong(args[5]) : System.currentTimeMillis() / 1000;
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            for (int i = 0; i < count; i++) {
                String xml = "<xml><ToUserName><![CDATA[gh_bench]]></ToUserName><FromUserName><![CDATA[oBench"
                        + String.format("%022d", i) + "]]></FromUserName><CreateTime>" + (now - i % 60)
                        + "</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[CLICK]]></Event>"
                        + "<EventKey><![CDATA[" + sections[i % sections.length] + "]]></EventKey></xml>";
                byte[] message = xml.getBytes(StandardCharsets.UTF_8);
                byte[] id = appid.getBytes(StandardCharsets.UTF_8);
                int length = 20 + message.length + id.length;
                int pad = 32 - length % 32;
                byte[] prefix = new byte[16];
                random.nextBytes(prefix);
                ByteBuffer plain = ByteBuffer.allocate(length + pad).put(prefix).putInt(message.length).put(message).put(id);
                while (plain.hasRemaining()) {
                    plain.put((byte) pad);
                }
                String encrypted = Base64.getEncoder().encodeToString(cipher.doFinal(plain.array()));
                String timestamp = Long.toString(now);
                String nonce = Integer.toString(100000000 + i);
                String[] parts = {token, timestamp, nonce, encrypted};
                Arrays.sort(parts);
                String signature = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                        .digest(String.join("", parts).getBytes(StandardCharsets.UTF_8)));
                out.write("timestamp=" + timestamp + "&nonce=" + nonce + "&encrypt_type=aes&msg_signature=" + signature
                        + "\t<xml><ToUserName><![CDATA[gh_bench]]></ToUserName><Encrypt><![CDATA[" + encrypted
                        + "]]></Encrypt></xml>\n");
            }
        }
    }
}
