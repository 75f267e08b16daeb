package org.lotus.mp.outreach;

import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.UpdateWrapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.lotus.mp.phones.PhoneNumbers;
import org.lotus.mp.web.InvalidFieldException;
import org.springframework.stereotype.Service;

/**
 * The outreach log: each contact with the day, platform and city, the number kept hashed (to warn before the same
 * woman is messaged twice, however the number is written) and sealed (for staff). Counts feed the figures.
 */
@Service
public class OutreachLog {

    /** What staff record of a contact; the outcome is one of {@link #OUTCOMES}. */
    public record NewContact(
            String platform, String city, LocalDate contactedOn, String phone, Long templateId, String outcome) {}

    /** An earlier contact with the same number, as staff are warned of it. */
    public record EarlierContact(LocalDate contactedOn, String platform, String city) {}

    public record Logged(OutreachContact contact, List<EarlierContact> alreadyContacted) {}

    public static final Set<String> OUTCOMES = Set.of("sent", "replied", "refused", "unreachable");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final OutreachContactMapper contacts;
    private final PhoneNumbers phones;
    private final OutreachSettings settings;

    OutreachLog(OutreachContactMapper contacts, PhoneNumbers phones, OutreachSettings settings) {
        this.contacts = contacts;
        this.phones = phones;
        this.settings = settings;
    }

    public Logged log(NewContact contact, String staff) {
        String platform = required("platform", contact.platform(), 64);
        String city = required("city", contact.city(), 64);
        LocalDate on = contact.contactedOn() == null ? LocalDate.now(PARIS) : contact.contactedOn();
        if (on.isAfter(LocalDate.now(PARIS))) {
            throw new InvalidFieldException("contactedOn", "the contact date is in the future", "future");
        }
        String outcome = contact.outcome() == null || contact.outcome().isBlank() ? "sent" : contact.outcome();
        if (!OUTCOMES.contains(outcome)) {
            throw new InvalidFieldException("outcome", "outcome must be one of " + OUTCOMES, "choose");
        }
        OutreachContact row = new OutreachContact();
        List<EarlierContact> earlier = List.of();
        if (contact.phone() != null && !contact.phone().isBlank()) {
            String e164 = phones.normalise(contact.phone())
                    .orElseThrow(() -> new InvalidFieldException("phone", "not a phone number", "phone"));
            earlier = earlierContacts(e164, on);
            PhoneNumbers.Kept kept = phones.keep(e164);
            row.setPhoneHash(kept.hash());
            row.setPhoneSealed(kept.sealed());
            row.setPhoneLastFour(kept.lastFour());
        }
        row.setPlatform(platform);
        row.setCity(city);
        row.setContactedOn(on);
        row.setTemplateId(contact.templateId());
        row.setOutcome(outcome);
        row.setLoggedBy(staff);
        row.setLoggedAt(LocalDateTime.now(ZoneOffset.UTC));
        contacts.insert(row);
        return new Logged(row, earlier);
    }

    /** Contacts with this number within the window, before anything is logged or sent. */
    public List<EarlierContact> alreadyContacted(String written) {
        String e164 = phones.normalise(written)
                .orElseThrow(() -> new InvalidFieldException("phone", "not a phone number", "phone"));
        return earlierContacts(e164, LocalDate.now(PARIS));
    }

    private List<EarlierContact> earlierContacts(String e164, LocalDate on) {
        return contacts
                .selectList(new QueryWrapper<OutreachContact>()
                        .eq("phone_hash", phones.hash(e164))
                        .ge("contacted_on", on.minusDays(settings.window().toDays()))
                        .orderByDesc("contacted_on")
                        .orderByDesc("id"))
                .stream()
                .map(c -> new EarlierContact(c.getContactedOn(), c.getPlatform(), c.getCity()))
                .toList();
    }

    public List<OutreachContact> list(String platform, String city, YearMonth month) {
        QueryWrapper<OutreachContact> where = new QueryWrapper<OutreachContact>()
                .eq(platform != null && !platform.isBlank(), "platform", platform)
                .eq(city != null && !city.isBlank(), "city", city);
        if (month != null) {
            where.ge("contacted_on", month.atDay(1)).le("contacted_on", month.atEndOfMonth());
        }
        return contacts.selectList(
                where.orderByDesc("contacted_on").orderByDesc("id").last("LIMIT 2000"));
    }

    public OutreachContact get(long id) {
        OutreachContact contact = contacts.selectById(id);
        if (contact == null) {
            throw new org.lotus.mp.web.NotFoundException("outreach contact", id);
        }
        return contact;
    }

    public String revealNumber(OutreachContact contact) {
        return contact.getPhoneSealed() == null ? "" : phones.open(contact.getPhoneSealed());
    }

    /** Contacts of one day on one platform in one city, for the figures: no number, no person. */
    public record DayCount(LocalDate day, String platform, String city, long contacts) {}

    /** Contacts per day, platform and city; the figures sum them by week, month or range. */
    public List<DayCount> countsByDayPlatformCity(LocalDate from, LocalDate to) {
        record Key(LocalDate day, String platform, String city) {}
        Map<Key, Long> counts = contacts
                .selectList(new QueryWrapper<OutreachContact>()
                        .select("contacted_on", "platform", "city")
                        .ge("contacted_on", from)
                        .le("contacted_on", to))
                .stream()
                .collect(Collectors.groupingBy(
                        c -> new Key(c.getContactedOn(), c.getPlatform(), c.getCity()), Collectors.counting()));
        return counts.entrySet().stream()
                .map(e -> new DayCount(
                        e.getKey().day(), e.getKey().platform(), e.getKey().city(), e.getValue()))
                .sorted(Comparator.comparing(DayCount::day)
                        .thenComparing(DayCount::platform)
                        .thenComparing(DayCount::city))
                .toList();
    }

    /** Drops the numbers of contacts made before the day; the contacts stay counted. */
    public int forgetNumbersBefore(LocalDate day) {
        return contacts.update(
                null,
                new UpdateWrapper<OutreachContact>()
                        .lt("contacted_on", day)
                        .isNotNull("phone_hash")
                        .set("phone_hash", null)
                        .set("phone_sealed", null)
                        .set("phone_last_four", null));
    }

    private static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException(field, field + " is required", "required");
        }
        if (value.strip().length() > max) {
            throw new InvalidFieldException(field, field + " is longer than " + max + " characters", "tooLong", max);
        }
        return value.strip();
    }
}
