package org.lotus.mp.phones;

import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lotus.mp.readers.KeyRotationStep;
import org.lotus.mp.readers.Rekeying;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Moves the rows of a table holding a third party's number ({@code phone_hash}, {@code phone_sealed}) to the current
 * reader keys: the number is opened (with the previous encryption key if need be), hashed again with the current
 * pseudonym key and sealed again, so matching keeps working after a rotation. Other sealed columns of the row are
 * sealed again too. Each column is written only while it still holds what was read, so a row erased meanwhile stays
 * erased; running it twice moves nothing the second time.
 */
public abstract class NumberRowsRekeying implements KeyRotationStep {

    private final String what;
    private final String table;
    private final List<String> otherSealed;
    private final JdbcTemplate jdbc;
    private final PhoneNumbers phones;

    protected NumberRowsRekeying(
            String what, String table, List<String> otherSealed, JdbcTemplate jdbc, PhoneNumbers phones) {
        this.what = what;
        this.table = table;
        this.otherSealed = List.copyOf(otherSealed);
        this.jdbc = jdbc;
        this.phones = phones;
    }

    @Override
    public String what() {
        return what;
    }

    @Override
    public Moved rotate(Rekeying rekeying) {
        List<String> columns = new ArrayList<>(List.of("id", "phone_hash", "phone_sealed"));
        columns.addAll(otherSealed);
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT " + String.join(", ", columns) + " FROM " + table);
        int moved = 0;
        int unreadable = 0;
        for (Map<String, Object> row : rows) {
            Map<String, Object> values = new HashMap<>();
            row.forEach((column, value) -> values.put(column.toLowerCase(java.util.Locale.ROOT), value));
            try {
                if (rekey(rekeying, values)) {
                    moved++;
                }
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                unreadable++;
            }
        }
        return new Moved(moved, unreadable);
    }

    private boolean rekey(Rekeying rekeying, Map<String, Object> row) throws GeneralSecurityException {
        long id = ((Number) row.get("id")).longValue();
        boolean changed = false;
        String sealed = (String) row.get("phone_sealed");
        if (sealed != null) {
            Rekeying.Opened number = rekeying.open(sealed);
            String hash = phones.hash(number.text());
            if (number.stale() || !hash.equals(row.get("phone_hash"))) {
                String resealed = number.stale() ? rekeying.current(sealed) : sealed;
                changed |= jdbc.update(
                                "UPDATE " + table
                                        + " SET phone_hash = ?, phone_sealed = ? WHERE id = ? AND phone_sealed = ?",
                                hash,
                                resealed,
                                id,
                                sealed)
                        == 1;
            }
        }
        for (String column : otherSealed) {
            String value = (String) row.get(column);
            String current = rekeying.current(value);
            if (value != null && !value.equals(current)) {
                changed |= jdbc.update(
                                "UPDATE " + table + " SET " + column + " = ? WHERE id = ? AND " + column + " = ?",
                                current,
                                id,
                                value)
                        == 1;
            }
        }
        return changed;
    }
}
