package com.ascendkit.journeys.engine.email;

import com.ascendkit.journeys.model.api.Template;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Email templates per environment. Methods run on the caller's handle. */
public interface TemplateRepository {

    /** The environment's templates by slug. */
    List<Template> list(Handle handle, String environmentId);

    Optional<Template> find(Handle handle, String environmentId, String slug);

    /** Creates or replaces the template; true when it was created. */
    boolean upsert(Handle handle, String environmentId, Template template);

    /** Deletes the template; false when there was none. */
    boolean delete(Handle handle, String environmentId, String slug);
}
