package org.lotus.mp.readers;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import javax.crypto.spec.SecretKeySpec;
import org.lotus.mp.coordination.Locks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves every reader to the current keys without losing a message: the sealed openid is opened (with the previous
 * encryption key if needed), its pseudonym recomputed with the current pseudonym key, the id sealed again, and the
 * reader's messages and reports follow the new pseudonym, one reader per transaction. Third parties' numbers are then
 * hashed and sealed again by the {@link KeyRotationStep}s. Documented in docs/PRIVACY.md.
 */
@Component
public class ReaderKeyRotation implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReaderKeyRotation.class);

    private final KeyRotationSettings settings;
    private final ReaderKeys keys;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Locks locks;
    private final List<KeyRotationStep> steps;

    ReaderKeyRotation(
            KeyRotationSettings settings,
            ReaderKeys keys,
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            Locks locks,
            List<KeyRotationStep> steps) {
        this.settings = settings;
        this.keys = keys;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.locks = locks;
        this.steps = steps;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (settings.rotate()) {
            locks.tryAcquire("reader-key-rotation", Duration.ofMinutes(30)).ifPresent(lease -> {
                try (lease) {
                    rotate(settings.previousEncryptionKey());
                }
            });
        }
    }

    /**
     * Re-keys every reader not yet on the current keys, then what the {@link KeyRotationStep}s hold (third parties'
     * numbers); returns how many rows were moved.
     */
    public int rotate(String previousEncryptionKey) {
        SecretKeySpec previous = previousEncryptionKey == null || previousEncryptionKey.isBlank()
                ? null
                : new SecretKeySpec(Base64.getDecoder().decode(previousEncryptionKey.strip()), "AES");
        record Row(long id, String pseudonym, String sealed) {}
        List<Row> rows = jdbc.query(
                "SELECT id, pseudonym, openid_sealed FROM reader",
                (rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3)));
        int moved = 0;
        int unreadable = 0;
        for (Row row : rows) {
            byte[] sealed = Base64.getDecoder().decode(row.sealed());
            String openid;
            boolean reseal = false;
            try {
                openid = new String(keys.open(sealed), StandardCharsets.UTF_8);
            } catch (GeneralSecurityException current) {
                try {
                    if (previous == null) {
                        throw current;
                    }
                    openid = new String(ReaderKeys.openWith(previous, sealed), StandardCharsets.UTF_8);
                    reseal = true;
                } catch (GeneralSecurityException e) {
                    unreadable++;
                    continue;
                }
            }
            String pseudonym = keys.pseudonym(openid);
            if (!reseal && pseudonym.equals(row.pseudonym())) {
                continue;
            }
            String resealed = keys.sealText(openid);
            transactions.executeWithoutResult(tx -> {
                jdbc.update(
                        "UPDATE reader SET pseudonym = ?, openid_sealed = ? WHERE id = ?",
                        pseudonym,
                        resealed,
                        row.id());
                jdbc.update(
                        "UPDATE reader_message SET reader_pseudonym = ? WHERE reader_pseudonym = ?",
                        pseudonym,
                        row.pseudonym());
                jdbc.update(
                        "UPDATE client_report SET reporter_pseudonym = ? WHERE reporter_pseudonym = ?",
                        pseudonym,
                        row.pseudonym());
            });
            moved++;
        }
        log.info("Reader keys rotated: {} readers moved to the current keys, {} unreadable", moved, unreadable);
        Rekeying rekeying = new Rekeying(keys, previous);
        for (KeyRotationStep step : steps) {
            KeyRotationStep.Moved done = step.rotate(rekeying);
            log.info(
                    "Reader keys rotated: {} {} moved to the current keys, {} unreadable",
                    done.moved(),
                    step.what(),
                    done.unreadable());
            moved += done.moved();
        }
        return moved;
    }
}
