package com.ascendkit.journeys.localconfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * Files and directories only their owner may open: {@code 0700} directories and {@code 0600} files
 * on POSIX file systems (Linux, macOS), an ACL granting the owner alone on Windows ({@link
 * OwnerAcl}). A process's umask cannot be set from Java, so what a library creates itself (H2's
 * files) is tightened after the fact; the owner-only directory around it is the real protection.
 * Stateless; symbolic links are never followed or changed (what they point to is not ours).
 */
public final class OwnerOnly {
    private static final Set<PosixFilePermission> OTHERS =
            EnumSet.of(
                    PosixFilePermission.GROUP_READ,
                    PosixFilePermission.GROUP_WRITE,
                    PosixFilePermission.GROUP_EXECUTE,
                    PosixFilePermission.OTHERS_READ,
                    PosixFilePermission.OTHERS_WRITE,
                    PosixFilePermission.OTHERS_EXECUTE);

    private OwnerOnly() {}

    /**
     * Creates {@code dir} owner-only if it does not exist; its missing parents are made as the
     * platform makes them. An existing directory is left as it is (see {@link #isWider}).
     */
    public static void createDirectory(Path dir) throws IOException {
        Path absolute = dir.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            return;
        }
        Files.createDirectories(absolute.getParent());
        if (posix(absolute.getParent())) {
            // The umask can only take bits away from 0700: never wider, not even for a moment.
            Files.createDirectory(
                    absolute,
                    PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectory(absolute);
        }
        restrict(absolute);
    }

    /** Creates an empty owner-only file (it must not exist), for content that then goes in it. */
    public static void createFile(Path file) throws IOException {
        if (posix(file.toAbsolutePath().getParent())) {
            Files.createFile(
                    file,
                    PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
        restrict(file);
    }

    /**
     * Takes every right of group, others and other users away from {@code path} (a file or
     * directory); the owner's rights are kept, plus read and write (and search on a directory).
     */
    public static void restrict(Path path) throws IOException {
        if (Files.isSymbolicLink(path)) {
            return;
        }
        PosixFileAttributeView posix = posixView(path);
        if (posix != null) {
            Set<PosixFilePermission> next = EnumSet.copyOf(posix.readAttributes().permissions());
            next.removeAll(OTHERS);
            next.add(PosixFilePermission.OWNER_READ);
            next.add(PosixFilePermission.OWNER_WRITE);
            if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                next.add(PosixFilePermission.OWNER_EXECUTE);
            }
            // By path (chmod), not through the no-follow view: the JDK does that by opening the
            // file and closing it again, and closing any descriptor of a file drops every POSIX
            // lock this process holds on it: H2's lock on journeys.mv.db would be gone, and a
            // second engine could open the same database. Links are left out above.
            Files.setPosixFilePermissions(path, next);
            return;
        }
        AclFileAttributeView acl =
                Files.getFileAttributeView(
                        path, AclFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (acl != null) {
            OwnerAcl.restrict(acl, Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS));
        }
    }

    /** Whether someone besides the owner has a right to {@code path}. */
    public static boolean isWider(Path path) throws IOException {
        PosixFileAttributeView posix = posixView(path);
        if (posix != null) {
            Set<PosixFilePermission> others = EnumSet.copyOf(OTHERS);
            others.retainAll(posix.readAttributes().permissions());
            return !others.isEmpty();
        }
        AclFileAttributeView acl =
                Files.getFileAttributeView(
                        path, AclFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        return acl != null && OwnerAcl.isWider(acl);
    }

    /** {@code path}'s rights as {@code rwxr-xr-x} (POSIX) or {@code acl} (any other system). */
    public static String describe(Path path) throws IOException {
        PosixFileAttributeView posix = posixView(path);
        return posix != null
                ? PosixFilePermissions.toString(posix.readAttributes().permissions())
                : "an ACL open to other users";
    }

    private static PosixFileAttributeView posixView(Path path) {
        return Files.getFileAttributeView(
                path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    }

    private static boolean posix(Path dir) {
        return dir != null && posixView(dir) != null;
    }
}
