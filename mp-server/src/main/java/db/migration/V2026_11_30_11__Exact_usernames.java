package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Usernames are compared byte for byte: under MySQL's and MariaDB's default collation {@code ádmin}, {@code ADMIN}
 * and {@code admin } all found the account {@code admin}, so a locked name could be bypassed by a variant. The
 * collation must also ignore no trailing space (NO PAD), which plain {@code utf8mb4_bin} does not. H2 already compares
 * exactly.
 */
public class V2026_11_30_11__Exact_usernames extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        String product = connection.getMetaData().getDatabaseProductName()
                + " "
                + connection.getMetaData().getDatabaseProductVersion();
        if (!product.contains("MySQL") && !product.contains("MariaDB")) {
            return;
        }
        String collation = exists(connection, "utf8mb4_nopad_bin") ? "utf8mb4_nopad_bin" : "utf8mb4_0900_bin";
        try (var statement = connection.createStatement()) {
            statement.execute("ALTER TABLE staff_account MODIFY username VARCHAR(64) CHARACTER SET utf8mb4 COLLATE "
                    + collation + " NOT NULL");
        }
    }

    private static boolean exists(Connection connection, String collation) throws SQLException {
        try (var statement = connection.prepareStatement("SHOW COLLATION LIKE ?")) {
            statement.setString(1, collation);
            try (var rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }
}
