package com.ascendkit.journeys.cli.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.cli.CliTesting;
import com.ascendkit.journeys.cli.CliTesting.Result;
import com.ascendkit.journeys.cli.ExitCodes;
import org.junit.jupiter.api.Test;

/**
 * What {@code --help} of the people commands says (white space folded), and the refusal made before
 * any call.
 */
class PeopleHelpTest {

    private static String help(String... command) {
        String[] args = new String[command.length + 1];
        System.arraycopy(command, 0, args, 0, command.length);
        args[command.length] = "--help";
        Result r = CliTesting.run(CliTesting.offline(), args);
        assertThat(r.exitCode()).as(r.toString()).isZero();
        return r.out().replaceAll("\\s+", " "); // picocli wraps at 80 columns
    }

    @Test
    void userSetHelpSaysHowPropertyValuesAreTyped() {
        assertThat(help("user", "set"))
                .contains("--property=<key=value>")
                .contains("true, false and numbers are stored as JSON booleans and numbers")
                .contains("key= removes");
    }

    @Test
    void userDeleteHelpSaysWhatIsErased() {
        assertThat(help("user", "delete")).contains("erase everything about them", "--yes");
    }

    @Test
    void journeyUsersAndPathHaveHelp() {
        assertThat(help("journey", "users")).contains("--failed", "--node", "--status", "--limit");
        assertThat(help("journey", "path")).contains("<journeyId>", "<userId>", "--json");
        assertThat(help("user", "list")).contains("--query", "--limit", "--json");
        assertThat(help("track")).contains("a user without an email address");
    }

    @Test
    void userDeleteWithoutYesRefusesBeforeAnyCall() {
        Result r = CliTesting.run(CliTesting.offline(), "user", "delete", "u1");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(r.err())
                .isEqualTo(
                        "error: Deleting user u1 (erasing everything about them: profile, journey"
                                + " states, path, pending timers, queued actions and emails) needs"
                                + " confirmation and there is no terminal to ask: rerun with"
                                + " --yes\n");
    }
}
