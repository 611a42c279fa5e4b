package com.ascendkit.journeys.engine.email;

import com.ascendkit.journeys.model.api.Identity;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Sender identities per environment. Methods run on the caller's handle. */
public interface IdentityRepository {

    List<Identity> list(Handle handle, String environmentId);

    Optional<Identity> find(Handle handle, String environmentId, String email);

    void insert(Handle handle, String environmentId, Identity identity);

    /** Marks it verified; false when there is no such identity. */
    boolean verify(Handle handle, String environmentId, String email);
}
