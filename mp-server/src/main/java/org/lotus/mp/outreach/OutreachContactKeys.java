package org.lotus.mp.outreach;

import java.util.List;
import org.lotus.mp.phones.NumberRowsRekeying;
import org.lotus.mp.phones.PhoneNumbers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Outreach contacts follow a key rotation: the number contacted hashed and sealed again. */
@Component
class OutreachContactKeys extends NumberRowsRekeying {

    OutreachContactKeys(JdbcTemplate jdbc, PhoneNumbers phones) {
        super("outreach contacts", "outreach_contact", List.of(), jdbc, phones);
    }
}
