package org.lotus.mp.simulator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** The simulator's files live under DATA_DIR and are readable by this user alone. */
final class OwnerOnly {

    private OwnerOnly() {}

    static Path directory(Path dir) throws IOException {
        Files.createDirectories(dir);
        return restrict(dir, "rwx------");
    }

    static Path file(Path file) throws IOException {
        return restrict(file, "rw-------");
    }

    private static Path restrict(Path path, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the directory's own access rules apply.
        }
        return path;
    }
}
