package org.lotus.mp.outreach;

import java.util.List;
import org.lotus.mp.phones.PhoneNumbers;

/** The outreach log as CSV for a spreadsheet: numbers masked, cells quoted, formulas neutralised. */
public final class OutreachCsv {

    private OutreachCsv() {}

    public static String of(List<OutreachContact> contacts) {
        StringBuilder csv = new StringBuilder("date,platform,city,phone,template,outcome,staff\n");
        for (OutreachContact c : contacts) {
            csv.append(String.join(
                            ",",
                            c.getContactedOn().toString(),
                            cell(c.getPlatform()),
                            cell(c.getCity()),
                            c.getPhoneLastFour() == null ? "" : PhoneNumbers.masked(c.getPhoneLastFour()),
                            c.getTemplateId() == null ? "" : c.getTemplateId().toString(),
                            c.getOutcome(),
                            cell(c.getLoggedBy())))
                    .append('\n');
        }
        return csv.toString();
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = value.matches("^[=+\\-@].*") ? "'" + value : value;
        return safe.matches("(?s).*[\",\n].*") ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
