package com.ascendkit.journeys.studio.templates;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.client.RequestOptions;
import com.ascendkit.journeys.client.nodes.UpdateNodeRequest;
import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.api.Template;
import com.ascendkit.journeys.studio.StudioFixture;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Templates window's view model over a real engine, work run on the test thread. */
class TemplatesViewModelTest {
    private final StudioFixture f = new StudioFixture();
    private final TemplatesViewModel vm = f.studio.templates();
    private final TemplateDraft draft = vm.draft();

    private Template welcome() {
        return vm.shown().stream()
                .filter(t -> t.slug().equals("welcome"))
                .findFirst()
                .orElseThrow();
    }

    private void typeNew(String slug, String subject, String html) {
        vm.startNew();
        draft.slugProperty().set(slug);
        draft.subjectProperty().set(subject);
        draft.htmlProperty().set(html);
    }

    @Test
    void findsTemplatesByNameOrSubject() {
        f.client.templates().put(new Template("nudge", "We miss you", "<p>Come back</p>", null));
        vm.refresh();

        vm.searchProperty().set("MISS");
        assertThat(vm.shown()).extracting(Template::slug).containsExactly("nudge");
        vm.searchProperty().set("welc");
        assertThat(vm.shown()).extracting(Template::slug).containsExactly("welcome");
    }

    @Test
    void refusesANameWithASpaceInWordsAndSendsNothing() {
        vm.refresh();
        f.gateway.clearCalls();
        typeNew("welcome email", "Hi", "<p>Hi</p>");

        vm.save();

        assertThat(vm.errors().slugProperty().get())
                .startsWith("The name cannot contain a space: use 1 to 100 of the letters");
        assertThat(f.gateway.calls()).noneMatch(c -> c.startsWith("saveTemplate"));
    }

    @Test
    void savingANewTemplateListsItInTheStepsEmailPickerAndCallsBack() {
        vm.refresh();
        List<String> created = new ArrayList<>();
        vm.startNew(created::add);
        draft.slugProperty().set("welcome-email");
        draft.subjectProperty().set("Welcome, {{ name }}");
        draft.htmlProperty().set("<p>Hello</p>");

        vm.save();

        assertThat(f.client.templates().get("welcome-email").subject())
                .isEqualTo("Welcome, {{ name }}");
        assertThat(f.studio.catalog().templateExists("welcome-email")).isTrue();
        assertThat(created).containsExactly("welcome-email");
        assertThat(draft.isNew()).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo("Saved 'welcome-email'.");
    }

    @Test
    void previewsOnceAfterAPauseInTypingWithTheEnginesRendering() {
        vm.refresh();
        vm.open(welcome());
        f.gateway.clearCalls();

        draft.subjectProperty().set("Hi");
        draft.subjectProperty().set("Hi {{ name");
        draft.subjectProperty().set("Hi {{ name | default: \"there\" }}");
        assertThat(f.gateway.calls()).isEmpty();
        f.executor.runScheduled();

        assertThat(f.gateway.calls()).containsExactly("previewTemplate welcome for null");
        assertThat(vm.preview().subjectProperty().get()).isEqualTo("Hi Ada");
        assertThat(vm.preview().statusProperty().get()).contains("sample profile");
    }

    @Test
    void previewsForAChosenUser() {
        f.engine.systemEvent(f.environment, "u-without-name", "user.created");
        vm.refresh();
        vm.open(welcome());

        vm.preview().userIdProperty().set("u-without-name");
        draft.subjectProperty().set("Hi {{ name | default: \"there\" }}");
        f.executor.runScheduled();

        assertThat(vm.preview().subjectProperty().get()).isEqualTo("Hi there");
        assertThat(vm.preview().statusProperty().get()).isEqualTo("Shown for user u-without-name.");
    }

    @Test
    void showsALiquidErrorNextToItsFieldWithLineAndColumn() {
        vm.refresh();
        vm.open(welcome());

        draft.htmlProperty().set("<p>Hello</p>\n<p>{{ name </p>");
        f.executor.runScheduled();

        assertThat(vm.errors().htmlProperty().get())
                .startsWith("The HTML body is not valid Liquid on line 2");
        assertThat(vm.errors().subjectProperty().get()).isEmpty();
        assertThat(vm.preview().htmlProperty().get()).isEqualTo("<p>Hello</p>");
    }

    @Test
    void showsVariablesNothingProvidesAsHints() {
        vm.refresh();
        vm.open(welcome());

        draft.textProperty().set("Your code: {{ plna }}");
        f.executor.runScheduled();

        assertThat(vm.preview().hints())
                .singleElement()
                .asString()
                .startsWith("{{ plna }} prints nothing");
    }

    @Test
    void sendsATestIntoTheOutboxWhenTheEngineHasNoSmtpServer() {
        vm.refresh();
        vm.open(welcome());
        vm.testSend().addressProperty().set("me@example.com");

        vm.testSend().send();

        assertThat(vm.testSend().resultProperty().get())
                .startsWith("No SMTP server is configured: the message is in the outbox");
        assertThat(f.gateway.calls()).contains("sendTestEmail welcome to me@example.com for null");
    }

    @Test
    void duplicateTakesAFreeNameAndSavesAsANewTemplate() {
        f.client.templates().put(new Template("welcome-copy", "Taken", "<p>x</p>", null));
        vm.refresh();
        vm.open(welcome());

        vm.duplicate();
        assertThat(draft.slugProperty().get()).isEqualTo("welcome-copy-2");
        vm.save();

        assertThat(f.client.templates().get("welcome-copy-2").html()).isEqualTo("<p>Hello</p>");
    }

    @Test
    void deletingNamesTheJourneysThatSendTheTemplateFirst() {
        sendWelcomeFromStart();
        vm.refresh();
        vm.open(welcome());

        vm.delete();

        assertThat(f.dialogs.asked)
                .singleElement()
                .asString()
                .contains("'welcome' is sent by 1 journey:\n• Onboarding (draft), step start");
        assertThat(f.client.templates().list())
                .extracting(Template::slug)
                .doesNotContain("welcome");
        assertThat(f.studio.catalog().templateExists("welcome")).isFalse();
    }

    @Test
    void showsTheEnginesRefusalWhileAnActiveJourneySendsTheTemplate() {
        sendWelcomeFromStart();
        f.client.journeys().activate(f.journeyId, RequestOptions.ifMatch(f.stored().version()));
        vm.refresh();
        vm.open(welcome());

        vm.delete();

        assertThat(vm.messageProperty().get())
                .startsWith("Not deleted: Template 'welcome' is sent by the active journey");
        assertThat(f.client.templates().get("welcome")).isNotNull();
    }

    private void sendWelcomeFromStart() {
        f.client
                .nodes()
                .update(
                        f.journeyId,
                        "start",
                        UpdateNodeRequest.empty()
                                .withAction(new Action.SendEmail("welcome", null, null, null)),
                        RequestOptions.ifMatch(f.stored().version()));
    }
}
