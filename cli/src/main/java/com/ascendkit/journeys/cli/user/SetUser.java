package com.ascendkit.journeys.cli.user;

import com.ascendkit.journeys.cli.internal.EngineCommand;
import com.ascendkit.journeys.cli.options.JsonOutput;
import com.ascendkit.journeys.cli.output.UserText;
import com.ascendkit.journeys.client.exception.NotFoundException;
import com.ascendkit.journeys.client.users.UserProfile;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code user set <userId> [--email] [--name] [--property k=v]… [--time-zone]}: reads the user (a
 * 404 is a new user), applies the options over the profile ({@link ProfileEdit}) and puts the whole
 * profile back, since the engine's {@code PUT} replaces it. Field rules (an address, a time zone,
 * scalar properties) are the engine's, whose errors name the field.
 */
@Command(
        name = "set",
        description = {
            "Create a user or change their profile. Only the options given change; the rest of the"
                    + " profile (and the user's tags, stage and journeys) is kept.",
            "An empty value clears a field: --email= or --name=."
        })
public final class SetUser extends EngineCommand {
    @Parameters(paramLabel = "<userId>", description = "The user (your application's id).")
    String userId;

    @Option(
            names = "--email",
            paramLabel = "<address>",
            description = "Their email address, where send_email nodes send.")
    String email;

    @Option(names = "--name", paramLabel = "<name>", description = "Their name.")
    String name;

    @Option(
            names = "--property",
            paramLabel = "<key=value>",
            converter = PropertyAssignment.Converter.class,
            description = {
                "A property kept with the profile (templates do not read them yet); repeat for"
                        + " more. true, false and numbers are stored as JSON booleans and numbers,"
                        + " anything else as a string. key= removes the property; the others are"
                        + " kept."
            })
    List<PropertyAssignment> properties = new ArrayList<>();

    @Option(
            names = "--time-zone",
            paramLabel = "<zone>",
            description = "Their IANA time zone, such as Europe/Paris.")
    String timeZone;

    @Mixin JsonOutput json;

    @Override
    protected void execute() {
        ProfileEdit edit = new ProfileEdit(email, name, timeZone, properties);
        if (edit.isEmpty()) {
            throw usage("nothing to set: give --email, --name, --property or --time-zone");
        }
        UserProfile current = stored();
        UserProfile saved = client().users().put(userId, edit.applyTo(current));
        if (json.enabled()) {
            printJson(saved);
            return;
        }
        out().println((current == null ? "Created" : "Updated") + " user " + saved.userId());
        out().print(UserText.profile(saved));
    }

    /** The user as stored, or null when the engine does not know them. */
    private UserProfile stored() {
        try {
            return client().users().get(userId);
        } catch (NotFoundException e) {
            return null;
        }
    }
}
