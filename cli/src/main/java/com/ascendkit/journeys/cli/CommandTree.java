package com.ascendkit.journeys.cli;

import com.ascendkit.journeys.cli.engine.AotTraining;
import com.ascendkit.journeys.cli.engine.CreateEnvironment;
import com.ascendkit.journeys.cli.engine.EngineGroup;
import com.ascendkit.journeys.cli.engine.StartEngine;
import com.ascendkit.journeys.cli.environment.EnvGroup;
import com.ascendkit.journeys.cli.environment.EnvironmentGroup;
import com.ascendkit.journeys.cli.environment.SetEnvironment;
import com.ascendkit.journeys.cli.environment.ShowEnvironment;
import com.ascendkit.journeys.cli.event.SendEvent;
import com.ascendkit.journeys.cli.event.Track;
import com.ascendkit.journeys.cli.identity.AddIdentity;
import com.ascendkit.journeys.cli.identity.IdentityGroup;
import com.ascendkit.journeys.cli.identity.ListIdentities;
import com.ascendkit.journeys.cli.identity.VerifyIdentity;
import com.ascendkit.journeys.cli.journey.ActivateJourney;
import com.ascendkit.journeys.cli.journey.ArchiveJourney;
import com.ascendkit.journeys.cli.journey.CreateJourney;
import com.ascendkit.journeys.cli.journey.ExportJourney;
import com.ascendkit.journeys.cli.journey.ImportJourney;
import com.ascendkit.journeys.cli.journey.JourneyGroup;
import com.ascendkit.journeys.cli.journey.ListJourneyUsers;
import com.ascendkit.journeys.cli.journey.ListJourneys;
import com.ascendkit.journeys.cli.journey.PauseJourney;
import com.ascendkit.journeys.cli.journey.RemoveJourney;
import com.ascendkit.journeys.cli.journey.ShowAnalytics;
import com.ascendkit.journeys.cli.journey.ShowJourney;
import com.ascendkit.journeys.cli.journey.ShowUserPath;
import com.ascendkit.journeys.cli.journey.UpdateJourney;
import com.ascendkit.journeys.cli.node.AddNode;
import com.ascendkit.journeys.cli.node.ListNodes;
import com.ascendkit.journeys.cli.node.NodeGroup;
import com.ascendkit.journeys.cli.node.RemoveNode;
import com.ascendkit.journeys.cli.node.UpdateNode;
import com.ascendkit.journeys.cli.outbox.ListOutbox;
import com.ascendkit.journeys.cli.outbox.OutboxGroup;
import com.ascendkit.journeys.cli.service.InstallService;
import com.ascendkit.journeys.cli.service.ServiceGroup;
import com.ascendkit.journeys.cli.service.ServiceStatus;
import com.ascendkit.journeys.cli.service.UninstallService;
import com.ascendkit.journeys.cli.survey.ListSurveys;
import com.ascendkit.journeys.cli.survey.PutSurvey;
import com.ascendkit.journeys.cli.survey.RemoveSurvey;
import com.ascendkit.journeys.cli.survey.SurveyGroup;
import com.ascendkit.journeys.cli.template.ListTemplates;
import com.ascendkit.journeys.cli.template.PutTemplate;
import com.ascendkit.journeys.cli.template.RemoveTemplate;
import com.ascendkit.journeys.cli.template.ShowTemplate;
import com.ascendkit.journeys.cli.template.TemplateGroup;
import com.ascendkit.journeys.cli.transition.AddTransition;
import com.ascendkit.journeys.cli.transition.ListTransitions;
import com.ascendkit.journeys.cli.transition.RemoveTransition;
import com.ascendkit.journeys.cli.transition.TransitionGroup;
import com.ascendkit.journeys.cli.transition.UpdateTransition;
import com.ascendkit.journeys.cli.user.DeleteUser;
import com.ascendkit.journeys.cli.user.ListUsers;
import com.ascendkit.journeys.cli.user.SetUser;
import com.ascendkit.journeys.cli.user.ShowUser;
import com.ascendkit.journeys.cli.user.UserGroup;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/**
 * Every command of {@code ascendkit}, declared in one place. picocli builds a command's model by
 * reflection when it is added, so building all sixty for every run would cost a large part of the
 * CLI's start-up; instead only the branch the arguments name is attached ({@code journey node list}
 * attaches three commands). A level whose next argument names none of its subcommands (help, a
 * typo) gets all of them, so usage listings and "did you mean" suggestions are complete.
 */
public final class CommandTree {
    /** A command and its subcommands, in the order usage help lists them. */
    record Branch(Class<?> command, List<Branch> subcommands) {
        String name() {
            return command.getAnnotation(Command.class).name();
        }
    }

    static final Branch ROOT =
            branch(
                    AscendKitCommand.class,
                    branch(
                            JourneyGroup.class,
                            leaf(CreateJourney.class),
                            leaf(ShowJourney.class),
                            leaf(ListJourneys.class),
                            leaf(UpdateJourney.class),
                            leaf(ActivateJourney.class),
                            leaf(PauseJourney.class),
                            leaf(ArchiveJourney.class),
                            leaf(RemoveJourney.class),
                            leaf(ShowAnalytics.class),
                            leaf(ListJourneyUsers.class),
                            leaf(ShowUserPath.class),
                            leaf(ExportJourney.class),
                            leaf(ImportJourney.class),
                            branch(
                                    NodeGroup.class,
                                    leaf(ListNodes.class),
                                    leaf(AddNode.class),
                                    leaf(UpdateNode.class),
                                    leaf(RemoveNode.class)),
                            branch(
                                    TransitionGroup.class,
                                    leaf(ListTransitions.class),
                                    leaf(AddTransition.class),
                                    leaf(UpdateTransition.class),
                                    leaf(RemoveTransition.class))),
                    leaf(Track.class),
                    leaf(SendEvent.class),
                    branch(
                            TemplateGroup.class,
                            leaf(PutTemplate.class),
                            leaf(ListTemplates.class),
                            leaf(ShowTemplate.class),
                            leaf(RemoveTemplate.class)),
                    branch(
                            SurveyGroup.class,
                            leaf(PutSurvey.class),
                            leaf(ListSurveys.class),
                            leaf(RemoveSurvey.class)),
                    branch(
                            IdentityGroup.class,
                            leaf(AddIdentity.class),
                            leaf(VerifyIdentity.class),
                            leaf(ListIdentities.class)),
                    branch(
                            EnvironmentGroup.class,
                            leaf(ShowEnvironment.class),
                            leaf(SetEnvironment.class)),
                    branch(EnvGroup.class, leaf(CreateEnvironment.class)),
                    branch(
                            UserGroup.class,
                            leaf(ShowUser.class),
                            leaf(SetUser.class),
                            leaf(ListUsers.class),
                            leaf(DeleteUser.class)),
                    branch(OutboxGroup.class, leaf(ListOutbox.class)),
                    branch(
                            EngineGroup.class,
                            leaf(StartEngine.class),
                            branch(
                                    ServiceGroup.class,
                                    leaf(InstallService.class),
                                    leaf(UninstallService.class),
                                    leaf(ServiceStatus.class))),
                    leaf(HelpCommand.class),
                    leaf(AotTraining.class));

    private CommandTree() {}

    /** Attaches to {@code root} the commands {@code args} can reach (all for help or none). */
    static void attach(CommandLine root, String... args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            return;
        }
        boolean everything = args.length == 0 || List.of(args).contains("help");
        attach(root, ROOT, args, everything ? -1 : 0);
    }

    /** Attaches every command. */
    static void attachAll(CommandLine root) {
        attach(root, ROOT, new String[0], -1);
    }

    /**
     * Attaches {@code branch}'s subcommands: only the one named by the first argument from {@code
     * from} on that names one, else all; {@code from} -1 attaches all, all the way down.
     */
    private static void attach(CommandLine parent, Branch branch, String[] args, int from) {
        int match = -1;
        Branch chosen = null;
        for (int i = Math.max(from, 0); from >= 0 && i < args.length && chosen == null; i++) {
            for (Branch sub : branch.subcommands()) {
                if (sub.name().equals(args[i])) {
                    chosen = sub;
                    match = i;
                }
            }
        }
        for (Branch sub : chosen == null ? branch.subcommands() : List.of(chosen)) {
            CommandLine child = new CommandLine(instantiate(sub.command()));
            parent.addSubcommand(child);
            attach(child, sub, args, sub == chosen ? match + 1 : -1);
        }
    }

    private static Object instantiate(Class<?> command) {
        try {
            return command.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create command " + command.getName(), e);
        }
    }

    private static Branch branch(Class<?> command, Branch... subcommands) {
        return new Branch(command, List.of(subcommands));
    }

    private static Branch leaf(Class<?> command) {
        return new Branch(command, List.of());
    }
}
