package org.lotus.mp.phones;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Optional;
import org.lotus.mp.readers.ReaderKeys;
import org.springframework.stereotype.Component;

/**
 * Phone numbers of third parties (a client in an alert, a woman contacted in outreach). Written any way a person
 * writes them (06 12 34 56 78, 06.12.34.56.78, +33 6…, 0033 6…, +86 138…) they become one E.164 form, whose keyed
 * hash matches the same number across reports and whose sealed copy only staff can open. Never logged.
 */
@Component
public class PhoneNumbers {

    /** Numbers without a country prefix are French. */
    private static final String DEFAULT_REGION = "FR";

    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    private final ReaderKeys keys;

    PhoneNumbers(ReaderKeys keys) {
        this.keys = keys;
    }

    /** A number kept: the hash for matching, the sealed E.164 form and the last four digits for a masked display. */
    public record Kept(String hash, String sealed, String lastFour) {}

    /** The E.164 form ("+33612345678"), when the text is one plausible phone number. */
    public Optional<String> normalise(String written) {
        if (written == null || written.isBlank()) {
            return Optional.empty();
        }
        String compact = written.strip().replaceAll("[\\s.\\-()/]", "");
        if (compact.startsWith("00")) {
            compact = "+" + compact.substring(2);
        }
        if (!compact.matches("\\+?[0-9]{6,16}")) {
            return Optional.empty();
        }
        try {
            PhoneNumber number = util.parse(compact, DEFAULT_REGION);
            return util.isPossibleNumber(number)
                    ? Optional.of(util.format(number, PhoneNumberUtil.PhoneNumberFormat.E164))
                    : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /** The first phone number written in a longer text, and the text without it. */
    public Optional<Found> findIn(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        for (PhoneNumberMatch match : util.findNumbers(text, DEFAULT_REGION, PhoneNumberUtil.Leniency.POSSIBLE, 10)) {
            String e164 = util.format(match.number(), PhoneNumberUtil.PhoneNumberFormat.E164);
            String rest = (text.substring(0, match.start()) + " " + text.substring(match.end())).strip();
            return Optional.of(new Found(e164, rest));
        }
        return Optional.empty();
    }

    /** A number found in a text, and what the text says besides. */
    public record Found(String e164, String rest) {}

    public String hash(String e164) {
        return HexFormat.of().formatHex(keys.mac(("phone:" + e164).getBytes(StandardCharsets.UTF_8)));
    }

    public Kept keep(String e164) {
        return new Kept(hash(e164), keys.sealText(e164), e164.substring(Math.max(0, e164.length() - 4)));
    }

    /** The number itself, for a staff member who asked to see it (the caller audits it). */
    public String open(String sealed) {
        try {
            return keys.openText(sealed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a sealed number cannot be opened with the current key", e);
        }
    }

    /** How staff see a number until they reveal it: only its last four digits. */
    public static String masked(String lastFour) {
        return lastFour == null ? "" : "•••• •• " + lastFour.substring(0, 2) + " " + lastFour.substring(2);
    }
}
