package org.lotus.mp.datadir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Owner-only files: directories 700, files 600. The H2 database, keys, spool and media hold what readers said, so no
 * other local user may read them. On a file system without POSIX permissions nothing is checked or changed.
 */
public final class OwnerOnly {

    static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OTHERS = EnumSet.complementOf(EnumSet.of(
            PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE));

    private OwnerOnly() {}

    static boolean supported() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /** Creates {@code dir} (and missing parents) as 700. */
    public static Path createDirectories(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return dir;
        }
        Files.createDirectories(dir);
        if (supported()) {
            Files.setPosixFilePermissions(dir, DIRECTORY);
        }
        return dir;
    }

    /** Makes one file 600, whatever the umask or the folder it was first written in gave it. */
    public static void privateFile(Path file) throws IOException {
        if (supported()) {
            Files.setPosixFilePermissions(file, FILE);
        }
    }

    /** The directory itself, with its permissions, when group or others have any right on it. */
    public static Optional<String> sharedDirectory(Path dir) throws IOException {
        if (!supported()) {
            return Optional.empty();
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(dir);
        return permissions.stream().anyMatch(OTHERS::contains)
                ? Optional.of(dir + " (" + PosixFilePermissions.toString(permissions) + ")")
                : Optional.empty();
    }

    /** A file or directory under {@code root} (or root itself) that group or others may use, with its permissions. */
    public static Optional<String> firstShared(Path root) throws IOException {
        if (!supported() || !Files.exists(root)) {
            return Optional.empty();
        }
        String[] found = new String[1];
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                return check(dir);
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                return check(file);
            }

            private FileVisitResult check(Path path) throws IOException {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
                if (permissions.stream().anyMatch(OTHERS::contains)) {
                    found[0] = path + " (" + PosixFilePermissions.toString(permissions) + ")";
                    return FileVisitResult.TERMINATE;
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return Optional.ofNullable(found[0]);
    }

    /** Takes group and others' permissions away from everything under {@code root}; returns how many were changed. */
    public static int tighten(Path root) {
        if (!supported() || !Files.isDirectory(root)) {
            return 0;
        }
        int[] changed = new int[1];
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    restrict(dir, DIRECTORY);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    if (attrs.isRegularFile()) {
                        restrict(file, FILE);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // deleted meanwhile (a spool file replayed, a media purged)
                }

                private void restrict(Path path, Set<PosixFilePermission> wanted) throws IOException {
                    Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
                    if (permissions.stream().anyMatch(OTHERS::contains)) {
                        Set<PosixFilePermission> kept = EnumSet.noneOf(PosixFilePermission.class);
                        kept.addAll(permissions);
                        kept.removeAll(OTHERS);
                        kept.addAll(wanted);
                        Files.setPosixFilePermissions(path, kept);
                        changed[0]++;
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("DATA_DIR permissions could not be tightened", e);
        }
        return changed[0];
    }
}
