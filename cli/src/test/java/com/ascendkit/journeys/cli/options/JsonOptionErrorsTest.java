package com.ascendkit.journeys.cli.options;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.cli.CliTesting;
import com.ascendkit.journeys.cli.CliTesting.Result;
import com.ascendkit.journeys.cli.ExitCodes;
import org.junit.jupiter.api.Test;

/**
 * Bad JSON or bad values in options are usage errors (exit 2) caught before anything is sent: the
 * message names the option and the problem. The context has no engine, so reaching the engine would
 * show as exit 3.
 */
class JsonOptionErrorsTest {

    private static Result run(String... args) {
        return CliTesting.run(CliTesting.offline(), args);
    }

    private static void assertUsageError(Result result, String message) {
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith(message);
    }

    @Test
    void actionThatIsNotJsonNamesTheOptionAndThePosition() {
        Result result = run("journey", "node", "add", "jrn_x", "--name", "a", "--action", "...");

        assertUsageError(
                result,
                "Invalid value for option '--action': not valid JSON (Unexpected character ('.'");
        assertThat(result.err())
                .contains("at line 1, column 1\n")
                .contains("Try 'ascendkit journey node add --help' for more information.");
    }

    @Test
    void nodesPlaceholderIsReportedBeforeTransitions() {
        Result result =
                run("journey", "update", "jrn_x", "--nodes", "{...}", "--transitions", "[...]");

        assertUsageError(
                result,
                "Invalid value for option '--nodes': not valid JSON (Unexpected character ('.'"
                        + " (code 46)): was expecting double-quote to start field name) at line"
                        + " 1, column 2");
    }

    @Test
    void actionWithoutItsRequiredFieldSaysWhichField() {
        assertUsageError(
                run(
                        "journey",
                        "node",
                        "add",
                        "j",
                        "--name",
                        "a",
                        "--action",
                        "{\"type\": \"send_email\"}"),
                "Invalid value for option '--action': send_email requires 'templateSlug'");
    }

    @Test
    void unknownActionTypeListsTheKnownOnes() {
        assertUsageError(
                run(
                        "journey",
                        "node",
                        "add",
                        "j",
                        "--name",
                        "a",
                        "--action",
                        "{\"type\": \"sms\"}"),
                "Invalid value for option '--action': unknown type 'sms' (use send_email,"
                        + " tag_user, advance_stage, none)");
    }

    @Test
    void misspelledFieldIsNamedWithTheKnownFields() {
        assertUsageError(
                run(
                        "journey",
                        "node",
                        "add",
                        "j",
                        "--name",
                        "a",
                        "--action",
                        "{\"type\": \"send_email\", \"templateSlug\": \"w\", \"survey\": \"s\"}"),
                "Invalid value for option '--action': unknown field 'survey' (known fields:"
                        + " fromIdentityEmail, surveySlug, templateSlug, variables)");
    }

    @Test
    void nestedProblemInNodesGivesItsPath() {
        assertUsageError(
                run(
                        "journey",
                        "update",
                        "j",
                        "--nodes",
                        "{\"vip\": {\"action\": {\"type\": \"tag_user\"}}}"),
                "Invalid value for option '--nodes': tag_user requires 'tagName' at 'vip.action'");
    }

    @Test
    void transitionsMustBeAList() {
        assertUsageError(
                run("journey", "update", "j", "--transitions", "{}"),
                "Invalid value for option '--transitions': expected a list of transitions");
    }

    @Test
    void entryConditionsMustBeFlat() {
        assertUsageError(
                run(
                        "journey",
                        "create",
                        "--name",
                        "n",
                        "--entry-event",
                        "user.created",
                        "--entry-conditions",
                        "{\"plan\": {\"tier\": 1}}"),
                "Invalid value for option '--entry-conditions': 'entryConditions' must be a flat"
                        + " object");
    }

    @Test
    void triggerWithFilterOfListIsRefused() {
        assertUsageError(
                run(
                        "journey",
                        "transition",
                        "add",
                        "j",
                        "--from",
                        "a",
                        "--to",
                        "b",
                        "--trigger",
                        "{\"type\": \"event\", \"event\": \"x\", \"eventFilter\": {\"a\": [1]}}"),
                "Invalid value for option '--trigger': 'eventFilter' must be a flat object");
    }

    @Test
    void afterIsValidatedAsADelay() {
        assertUsageError(
                run(
                        "journey",
                        "transition",
                        "add",
                        "j",
                        "--from",
                        "a",
                        "--to",
                        "b",
                        "--after",
                        "2y"),
                "Invalid value for option '--after': invalid delay '2y' in '--after'");
    }

    @Test
    void afterLongerThanAYearIsRefused() {
        assertUsageError(
                run(
                        "journey",
                        "transition",
                        "add",
                        "j",
                        "--from",
                        "a",
                        "--to",
                        "b",
                        "--after",
                        "53w"),
                "Invalid value for option '--after': delay '53w' in '--after' is longer than 365"
                        + " days");
    }

    @Test
    void onlyOneTriggerOptionIsAccepted() {
        assertUsageError(
                run(
                        "journey",
                        "transition",
                        "add",
                        "j",
                        "--from",
                        "a",
                        "--to",
                        "b",
                        "--on",
                        "user.login",
                        "--after",
                        "2d"),
                "Error: --on=<event>, --after=<delay> are mutually exclusive");
    }

    @Test
    void addTransitionNeedsATrigger() {
        assertUsageError(
                run("journey", "transition", "add", "j", "--from", "a", "--to", "b"),
                "Error: Missing required argument (specify one of these): (--on=<event> |"
                        + " --after=<delay> | --trigger=<json>)");
    }

    @Test
    void propertiesMustBeAnObject() {
        assertUsageError(
                run("track", "usr_1", "completed_onboarding", "--properties", "[1]"),
                "Invalid value for option '--properties': expected a JSON object");
    }

    @Test
    void variablesMustBeStrings() {
        assertUsageError(
                run("environment", "set", "--variables", "{\"a\": {\"b\": 1}}"),
                "Invalid value for option '--variables': ");
    }

    @Test
    void eventSendsOnlyBuiltInEvents() {
        assertUsageError(
                run("event", "usr_1", "user.deleted"),
                "Invalid value for positional parameter at index 1 (<event>): 'user.deleted' is"
                        + " not a built-in event");
    }

    @Test
    void statusFilterIsOneOfTheFour() {
        assertUsageError(
                run("journey", "list", "--status", "live"),
                "Invalid value for option '--status': unknown status 'live': use draft, active,"
                        + " paused or archived");
    }

    @Test
    void reEntryPolicyIsSkipOrRestart() {
        assertUsageError(
                run("journey", "update", "j", "--re-entry-policy", "again"),
                "Invalid value for option '--re-entry-policy': invalid reEntryPolicy 'again': use"
                        + " skip or restart");
    }
}
