package com.ascendkit.journeys.localconfig;

import java.io.IOException;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The Windows (NTFS) form of owner-only: an ACL with one entry, the owner allowed everything. On a
 * directory the entry is inherited by the files and directories created in it (H2's among them), so
 * they are owner-only from their creation. The entries a profile folder passes down (SYSTEM,
 * Administrators) are dropped too: an administrator can still take ownership, nobody else reads.
 * Principals are compared as Windows names them; the machine this is built on has no NTFS, so this
 * path is exercised by its logic only. Stateless.
 */
final class OwnerAcl {
    private OwnerAcl() {}

    static void restrict(AclFileAttributeView view, boolean directory) throws IOException {
        UserPrincipal owner = view.getOwner();
        Set<AclEntryFlag> flags =
                directory
                        ? EnumSet.of(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT)
                        : EnumSet.noneOf(AclEntryFlag.class);
        AclEntry ownerOnly =
                AclEntry.newBuilder()
                        .setType(AclEntryType.ALLOW)
                        .setPrincipal(owner)
                        .setPermissions(EnumSet.allOf(AclEntryPermission.class))
                        .setFlags(flags)
                        .build();
        view.setAcl(List.of(ownerOnly));
    }

    /** Whether an entry allows anything to a principal other than the owner. */
    static boolean isWider(AclFileAttributeView view) throws IOException {
        UserPrincipal owner = view.getOwner();
        for (AclEntry entry : view.getAcl()) {
            if (entry.type() == AclEntryType.ALLOW
                    && !entry.principal().equals(owner)
                    && !entry.permissions().isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
