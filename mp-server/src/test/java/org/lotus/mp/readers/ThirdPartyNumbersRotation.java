package org.lotus.mp.readers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.lotus.mp.LotusSettings;
import org.lotus.mp.alerts.ClientReports;
import org.lotus.mp.outreach.OutreachLog;
import org.lotus.mp.phones.PhoneNumbers;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The same rotation on either database: a report and an outreach contact keyed with the old keys still match their
 * number, however written, once the keys are rotated; the sealed copies open with the new key.
 */
final class ThirdPartyNumbersRotation {

    private ThirdPartyNumbersRotation() {}

    static void movesNumbersSoTheyStillMatch(ApplicationContext context) throws Exception {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        ReaderKeyRotation rotation = context.getBean(ReaderKeyRotation.class);
        PhoneNumbers phones = context.getBean(PhoneNumbers.class);
        ClientReports reports = context.getBean(ClientReports.class);
        OutreachLog outreach = context.getBean(OutreachLog.class);
        String oldEncryptionKey = randomKey();
        ReaderKeys old = new ReaderKeys(
                new ReaderKeySettings(randomKey(), oldEncryptionKey), new LotusSettings(Path.of("target"), null));
        String digits = String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String e164 = "+336" + digits;
        String oldHash = HexFormat.of().formatHex(old.mac(("phone:" + e164).getBytes(StandardCharsets.UTF_8)));
        String lastFour = digits.substring(4);
        jdbc.update(
                "INSERT INTO client_report (status, confirm_key, what_sealed, phone_hash, phone_sealed,"
                        + " phone_last_four, area_sealed, summary, reported_at, decided_at, decided_by)"
                        + " VALUES ('APPROVED', ?, ?, ?, ?, ?, ?, '这个客人会打人。', ?, ?, 'mod')",
                HexFormat.of().formatHex(old.mac(e164.getBytes(StandardCharsets.UTF_8))),
                old.sealText("他打人"),
                oldHash,
                old.sealText(e164),
                lastFour,
                old.sealText("Belleville"),
                LocalDateTime.now(),
                LocalDateTime.now());
        long reportId = jdbc.queryForObject("SELECT MAX(id) FROM client_report", Long.class);
        jdbc.update(
                "INSERT INTO outreach_contact (platform, city, contacted_on, phone_hash, phone_sealed, phone_last_four,"
                        + " outcome, logged_by, logged_at) VALUES ('Wannonce', 'Paris', ?, ?, ?, ?, 'sent', 'mod', ?)",
                LocalDate.now(),
                oldHash,
                old.sealText(e164),
                lastFour,
                LocalDateTime.now());
        String writtenOtherwise = "0033 6 " + digits.substring(0, 2) + " " + digits.substring(2, 4) + " "
                + digits.substring(4, 6) + " " + digits.substring(6);
        String nationally = "06." + digits.substring(0, 2) + "." + digits.substring(2, 4) + "." + digits.substring(4, 6)
                + "." + digits.substring(6);
        assertThat(reports.check(e164).approved())
                .as("under the old keys the number does not match")
                .isZero();

        assertThat(rotation.rotate(oldEncryptionKey)).isGreaterThanOrEqualTo(2);

        String checked = phones.normalise(writtenOtherwise).orElseThrow();
        ClientReports.Check found = reports.check(checked);
        assertThat(found.approved()).isOne();
        assertThat(found.latestSummary()).isEqualTo("这个客人会打人。");
        assertThat(outreach.alreadyContacted(nationally)).hasSize(1);
        assertThat(reports.revealNumber(reportId)).contains(e164);
        String what = jdbc.queryForObject("SELECT what_sealed FROM client_report WHERE id = ?", String.class, reportId);
        assertThat(reports.open(what)).contains("他打人");
        assertThat(rotation.rotate(oldEncryptionKey))
                .as("a second run has nothing left to move")
                .isZero();
    }

    static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
