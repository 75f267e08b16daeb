package org.lotus.mp.simulator;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Properties;

/**
 * The simulated official account: an AppID, AppSecret, Token and EncodingAESKey generated once and kept under
 * {@code DATA_DIR/keys} (owner-only), the account's original id, and where this instance listens.
 */
public record SimulatedAccount(
        String appid, String secret, String token, String aesKey, String originalId, String localBaseUrl) {

    static final String API_PATH = "/simulator/wechat";
    private static final String FILE = "simulated-wechat.properties";

    /** Where the simulated WeChat API answers ({@code WX_API_BASE_URL} in demo mode). */
    public String apiBaseUrl() {
        return localBaseUrl + API_PATH;
    }

    /** Our own portal, where the simulated WeChat pushes. */
    public String portalUrl() {
        return localBaseUrl + "/wx/portal/" + appid;
    }

    @Override
    public String toString() {
        return "SimulatedAccount[appid=" + appid + ", api=" + apiBaseUrl() + "]";
    }

    static SimulatedAccount loadOrCreate(Path dataDir, String localBaseUrl) {
        Path keys = dataDir.resolve("keys");
        Path file = keys.resolve(FILE);
        try {
            if (!Files.exists(file)) {
                OwnerOnly.directory(keys);
                Properties generated = generate();
                Path temp = OwnerOnly.file(Files.createTempFile(keys, "simulated-", ".tmp"));
                try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                    generated.store(out, "Simulated WeChat account of demo mode");
                }
                Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
            }
            return new SimulatedAccount(
                    p.getProperty("appid"),
                    p.getProperty("secret"),
                    p.getProperty("token"),
                    p.getProperty("aesKey"),
                    p.getProperty("originalId"),
                    localBaseUrl);
        } catch (IOException e) {
            throw new UncheckedIOException("simulated WeChat account " + file + " cannot be read or created", e);
        }
    }

    private static Properties generate() {
        SecureRandom random = new SecureRandom();
        Properties p = new Properties();
        p.setProperty("appid", "wx" + hex(random, 8));
        p.setProperty("secret", hex(random, 16));
        p.setProperty("token", hex(random, 16));
        // 32 bytes are 44 Base64 characters ending in one '=': WeChat's EncodingAESKey is the 43 before it, and
        // WeChat only ever hands out letters and digits.
        String aesKey;
        do {
            byte[] key = new byte[32];
            random.nextBytes(key);
            aesKey = Base64.getEncoder().encodeToString(key).substring(0, 43);
        } while (!aesKey.matches("[A-Za-z0-9]{43}"));
        p.setProperty("aesKey", aesKey);
        p.setProperty("originalId", "gh_" + hex(random, 6));
        return p;
    }

    private static String hex(SecureRandom random, int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }
}
