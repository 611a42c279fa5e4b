package com.ascendkit.journeys.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.client.EngineClient;
import com.ascendkit.journeys.client.JourneyResult;
import com.ascendkit.journeys.client.RequestOptions;
import com.ascendkit.journeys.client.exception.AuthenticationException;
import com.ascendkit.journeys.client.exception.ConflictException;
import com.ascendkit.journeys.client.exception.EngineException;
import com.ascendkit.journeys.client.exception.InvalidRequestException;
import com.ascendkit.journeys.client.exception.NotFoundException;
import com.ascendkit.journeys.client.exception.PermissionException;
import com.ascendkit.journeys.client.exception.PreconditionFailedException;
import com.ascendkit.journeys.client.journeys.CreateJourneyRequest;
import com.ascendkit.journeys.client.journeys.UpdateJourneyRequest;
import com.ascendkit.journeys.client.nodes.AddNodeRequest;
import com.ascendkit.journeys.client.nodes.RemoveNodeOptions;
import com.ascendkit.journeys.client.transitions.AddTransitionRequest;
import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.Trigger;
import com.ascendkit.journeys.model.api.Template;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Real engine errors come out of the client as the right typed exceptions. */
class ErrorsE2ETest extends LiveEngineTestBase {

    private static <T extends EngineException> T thrown(ThrowingCallable call, Class<T> type) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(call);
        assertThat(t).isInstanceOf(type);
        EngineException e = (EngineException) t;
        assertThat(e.requestId()).hasValueSatisfying(id -> assertThat(id).startsWith("req_"));
        return type.cast(t);
    }

    @Test
    void namesTheFieldAndQuotesTheValueOfABadRequest() {
        String id = createJourney("welcome_email").journey().id();

        InvalidRequestException e =
                thrown(
                        () ->
                                client.transitions()
                                        .add(
                                                id,
                                                AddTransitionRequest.of(
                                                        "welcome_email",
                                                        "nowhere",
                                                        Trigger.on("user.login"))),
                        InvalidRequestException.class);

        assertThat(e.status()).isEqualTo(400);
        assertThat(e.code()).isEqualTo("invalid_request");
        assertThat(e.field()).contains("to");
        assertThat(e).hasMessageContaining("'nowhere'");
    }

    @Test
    void refusesAMissingOrUnknownKey() {
        AuthenticationException none =
                thrown(() -> clientWith(null).journeys().list(), AuthenticationException.class);
        AuthenticationException unknown =
                thrown(
                        () -> clientWith("sk_" + "A".repeat(32)).journeys().list(),
                        AuthenticationException.class);

        assertThat(none.status()).isEqualTo(401);
        assertThat(none.code()).isEqualTo("unauthorized");
        assertThat(unknown.status()).isEqualTo(401);
    }

    @Test
    void forbidsThePublishableKeyOutsideTracking() {
        EngineClient browser = clientWith(keys.publishableKey());

        PermissionException e = thrown(() -> browser.journeys().list(), PermissionException.class);

        assertThat(e.status()).isEqualTo(403);
        assertThat(e.code()).isEqualTo("forbidden");
    }

    @Test
    void hidesAnotherEnvironmentsJourney() {
        String id = createJourney("welcome_email").journey().id();
        EngineClient other = clientWith(newEnvironment().secretKey());

        NotFoundException e = thrown(() -> other.journeys().get(id), NotFoundException.class);
        thrown(() -> other.journeys().delete(id), NotFoundException.class);

        assertThat(e.code()).isEqualTo("not_found");
        assertThat(client.journeys().get(id).journey().id()).isEqualTo(id);
    }

    @Test
    void refusesADuplicateNodeName() {
        String id = createJourney("welcome_email").journey().id();
        client.nodes().add(id, AddNodeRequest.named("welcome_email"));

        ConflictException e =
                thrown(
                        () -> client.nodes().add(id, AddNodeRequest.named("welcome_email")),
                        ConflictException.class);

        assertThat(e.code()).isEqualTo("conflict");
        assertThat(e).hasMessageContaining("welcome_email");
    }

    @Test
    void refusesEditsOfAnArchivedJourney() {
        String id = createJourney("welcome_email").journey().id();
        client.journeys().archive(id);

        thrown(() -> client.nodes().add(id, AddNodeRequest.named("late")), ConflictException.class);
        thrown(() -> client.journeys().activate(id), ConflictException.class);
    }

    @Test
    void refusesToRemoveANodeThatHoldsUsers() {
        String id = createJourney("welcome_email").journey().id();
        client.nodes().add(id, AddNodeRequest.named("done").withTerminal(true));
        client.journeys().activate(id);
        enrollNewUser();

        ConflictException e =
                thrown(
                        () -> client.nodes().remove(id, "welcome_email", RemoveNodeOptions.none()),
                        ConflictException.class);

        assertThat(e).hasMessageContaining("1");
        assertThat(client.journeys().get(id).journey().nodes()).containsKey("welcome_email");
    }

    @Test
    void refusesAStaleVersionWithTheCurrentJourney() {
        JourneyResult created = createJourney("welcome_email");
        String id = created.journey().id();
        JourneyResult changed =
                client.journeys()
                        .update(id, UpdateJourneyRequest.builder().name("Renamed").build());

        PreconditionFailedException e =
                thrown(
                        () ->
                                client.nodes()
                                        .add(
                                                id,
                                                AddNodeRequest.named("late"),
                                                RequestOptions.ifMatch(created.version())),
                        PreconditionFailedException.class);

        assertThat(e.status()).isEqualTo(412);
        assertThat(e.code()).isEqualTo("precondition_failed");
        assertThat(e.currentJourney())
                .hasValueSatisfying(
                        j -> {
                            assertThat(j.version()).isEqualTo(changed.version());
                            assertThat(j.name()).isEqualTo("Renamed");
                        });
        assertThat(e.current().orElseThrow().warningsSuppressed()).isTrue();
        assertThat(client.journeys().get(id).journey().nodes()).doesNotContainKey("late");
    }

    @Test
    void appliesAChangeAtTheCurrentVersion() {
        JourneyResult created = createJourney("welcome_email");

        JourneyResult r =
                client.nodes()
                        .add(
                                created.journey().id(),
                                AddNodeRequest.named("done").withTerminal(true),
                                RequestOptions.ifMatch(created.version()));

        assertThat(r.version()).isEqualTo(created.version() + 1);
    }

    @Test
    void refusesABodyOverOneMebibyte() {
        String huge = "x".repeat(1_100_000);

        InvalidRequestException e =
                thrown(
                        () -> client.templates().put(new Template("huge", "Huge", huge, null)),
                        InvalidRequestException.class);

        assertThat(e.status()).isEqualTo(413);
        assertThat(e.code()).isEqualTo("payload_too_large");
    }

    @Test
    void replaysAPostWithTheSameIdempotencyKey() {
        RequestOptions keyed =
                RequestOptions.none().withIdempotencyKey("create-once-" + clock.millis());
        CreateJourneyRequest request = CreateJourneyRequest.of("Once", "user.created");

        JourneyResult first = client.journeys().create(request, keyed);
        JourneyResult second = client.journeys().create(request, keyed);

        assertThat(second.journey().id()).isEqualTo(first.journey().id());
        assertThat(second.version()).isEqualTo(first.version());
    }

    @Test
    void refusesAnIdempotencyKeyReusedForAnotherBody() {
        RequestOptions keyed = RequestOptions.none().withIdempotencyKey("reused-key");
        client.journeys().create(CreateJourneyRequest.of("First", "user.created"), keyed);

        ConflictException e =
                thrown(
                        () ->
                                client.journeys()
                                        .create(
                                                CreateJourneyRequest.of("Second", "user.created"),
                                                keyed),
                        ConflictException.class);

        assertThat(e.field()).contains("Idempotency-Key");
    }

    @Test
    void refusesPausingADraft() {
        String id = createJourney("welcome_email").journey().id();

        thrown(() -> client.journeys().pause(id), ConflictException.class);
        assertThat(client.journeys().get(id).journey().nodes().get("welcome_email").action())
                .isEqualTo(Action.none());
    }
}
