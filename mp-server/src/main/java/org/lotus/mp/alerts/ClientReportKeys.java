package org.lotus.mp.alerts;

import java.util.List;
import org.lotus.mp.phones.NumberRowsRekeying;
import org.lotus.mp.phones.PhoneNumbers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reports follow a key rotation: the client's number hashed and sealed again, the reporter's words sealed again. */
@Component
class ClientReportKeys extends NumberRowsRekeying {

    ClientReportKeys(JdbcTemplate jdbc, PhoneNumbers phones) {
        super(
                "client reports",
                "client_report",
                List.of("what_sealed", "area_sealed", "occurred_sealed"),
                jdbc,
                phones);
    }
}
