package com.ascendkit.journeys.engine.journeys;

import com.ascendkit.journeys.engine.email.IdentityRepository;
import com.ascendkit.journeys.engine.email.TemplateRepository;
import com.ascendkit.journeys.engine.surveys.SurveyRepository;
import com.ascendkit.journeys.model.api.Identity;
import com.ascendkit.journeys.model.api.Survey;
import com.ascendkit.journeys.model.api.Template;
import com.ascendkit.journeys.model.topology.References;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * {@link References} answered from one environment's templates, surveys and identities, read once
 * (on first use) on the caller's handle. Lives for one request; not thread-safe.
 */
public final class EnvironmentReferences implements References {
    private final Handle handle;
    private final String environmentId;
    private final TemplateRepository templates;
    private final SurveyRepository surveys;
    private final IdentityRepository identities;
    private Set<String> templateSlugs;
    private Set<String> surveySlugs;
    private Map<String, Boolean> verifiedByEmail;

    public EnvironmentReferences(
            Handle handle,
            String environmentId,
            TemplateRepository templates,
            SurveyRepository surveys,
            IdentityRepository identities) {
        this.handle = handle;
        this.environmentId = environmentId;
        this.templates = templates;
        this.surveys = surveys;
        this.identities = identities;
    }

    @Override
    public boolean templateExists(String slug) {
        if (templateSlugs == null) {
            templateSlugs =
                    templates.list(handle, environmentId).stream()
                            .map(Template::slug)
                            .collect(Collectors.toSet());
        }
        return templateSlugs.contains(slug);
    }

    @Override
    public boolean surveyExists(String slug) {
        if (surveySlugs == null) {
            surveySlugs =
                    surveys.list(handle, environmentId).stream()
                            .map(Survey::slug)
                            .collect(Collectors.toSet());
        }
        return surveySlugs.contains(slug);
    }

    @Override
    public IdentityStatus identity(String email) {
        if (verifiedByEmail == null) {
            verifiedByEmail = new HashMap<>();
            for (Identity i : identities.list(handle, environmentId)) {
                verifiedByEmail.put(i.email().toLowerCase(Locale.ROOT), i.verified());
            }
        }
        Boolean verified =
                email == null ? null : verifiedByEmail.get(email.toLowerCase(Locale.ROOT));
        if (verified == null) {
            return IdentityStatus.MISSING;
        }
        return verified ? IdentityStatus.VERIFIED : IdentityStatus.UNVERIFIED;
    }
}
