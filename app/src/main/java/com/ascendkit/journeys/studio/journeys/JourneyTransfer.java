package com.ascendkit.journeys.studio.journeys;

import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.JourneyDefinition;
import com.ascendkit.journeys.model.api.ExportedJourney;
import com.ascendkit.journeys.studio.dialogs.Dialogs;
import com.ascendkit.journeys.studio.sync.JourneySession;
import com.ascendkit.journeys.studio.sync.Notice;
import java.nio.file.Path;
import java.util.Locale;

/**
 * File → Export journey, Import journey and Duplicate journey, through the engine's own export and
 * import ({@code GET …/export}, {@code POST /v1/journeys/import}), so a file is the same as {@code
 * ascendkit journey export} writes and either can read the other's. An import or duplicate is a new
 * draft (new id), listed and opened.
 */
public final class JourneyTransfer {
    private final JourneySession session;
    private final Dialogs dialogs;
    private final JourneyListViewModel list;

    public JourneyTransfer(JourneySession session, Dialogs dialogs, JourneyListViewModel list) {
        this.session = session;
        this.dialogs = dialogs;
        this.list = list;
    }

    /** Writes the open journey, as the engine has it, to a file the user chooses. */
    public void exportOpen() {
        Journey j = openSaved("export");
        if (j == null) {
            return;
        }
        dialogs.askExportFile(fileName(j.name()))
                .ifPresent(
                        file ->
                                session.executor()
                                        .submit(
                                                () -> {
                                                    JourneyFile.write(
                                                            file,
                                                            session.gateway()
                                                                    .exportJourney(j.id()));
                                                    return file;
                                                },
                                                f ->
                                                        session.tell(
                                                                Notice.info(
                                                                        "Exported '"
                                                                                + j.name()
                                                                                + "' to "
                                                                                + f)),
                                                e -> fail("export the journey", e)));
    }

    /** Reads an exported journey from a file the user chooses and imports it as a new draft. */
    public void importFile() {
        dialogs.askImportFile()
                .ifPresent(
                        file -> submitImport(() -> JourneyFile.read(file), "import " + name(file)));
    }

    /** A new draft with the open journey's definition, named "&lt;name&gt; (copy)", opened. */
    public void duplicateOpen() {
        Journey j = openSaved("duplicate");
        if (j == null) {
            return;
        }
        submitImport(
                () -> {
                    JourneyDefinition d = session.gateway().exportJourney(j.id()).journey();
                    return ExportedJourney.of(
                            new JourneyDefinition(
                                    d.name() + " (copy)",
                                    d.entryEvent(),
                                    d.entryConditions(),
                                    d.entryNode(),
                                    d.reEntryPolicy(),
                                    d.nodes(),
                                    d.transitions()));
                },
                "duplicate '" + j.name() + "'");
    }

    private void submitImport(java.util.function.Supplier<ExportedJourney> document, String what) {
        session.executor()
                .submit(
                        () -> session.gateway().importJourney(document.get()),
                        r -> {
                            list.refresh();
                            session.open(r.journey().id());
                            session.tell(
                                    Notice.info("Made the draft '" + r.journey().name() + "'"));
                        },
                        e -> fail(what, e));
    }

    /** The open journey when all its edits are saved (an export reads the engine's copy). */
    private Journey openSaved(String verb) {
        Journey j = session.serverJourneyProperty().get();
        if (j == null) {
            session.tell(Notice.warning("Open a journey to " + verb + " it."));
            return null;
        }
        if (session.unsavedProperty().get() > 0) {
            session.tell(
                    Notice.warning(
                            "Edits of '"
                                    + j.name()
                                    + "' are not saved yet; "
                                    + verb
                                    + " it when they are."));
            return null;
        }
        return j;
    }

    private void fail(String what, Throwable e) {
        session.tell(Notice.error("Could not " + what + ": " + e.getMessage()));
    }

    private static String name(Path file) {
        return String.valueOf(file.getFileName());
    }

    /** "Welcome series" → "welcome-series.json". */
    static String fileName(String journeyName) {
        String slug =
                journeyName
                        .toLowerCase(Locale.ROOT)
                        .replaceAll("[^a-z0-9]+", "-")
                        .replaceAll("(^-|-$)", "");
        return (slug.isEmpty() ? "journey" : slug) + ".json";
    }
}
