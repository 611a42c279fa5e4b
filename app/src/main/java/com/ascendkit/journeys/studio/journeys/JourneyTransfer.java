package com.ascendkit.journeys.studio.journeys;

import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.JourneyDefinition;
import com.ascendkit.journeys.model.api.ExportedJourney;
import com.ascendkit.journeys.studio.dialogs.Dialogs;
import com.ascendkit.journeys.studio.sync.EngineCall;
import com.ascendkit.journeys.studio.sync.Failed;
import com.ascendkit.journeys.studio.sync.JourneyGateway;
import com.ascendkit.journeys.studio.sync.JourneySession;
import com.ascendkit.journeys.studio.sync.Notice;
import com.ascendkit.journeys.studio.text.Words;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * File → Export journey, Import journey and Duplicate journey, through the engine's own export and
 * import ({@code GET …/export}, {@code POST /v1/journeys/import}), so a file is the same as {@code
 * ascendkit journey export} writes and either can read the other's. An import or duplicate is a new
 * draft (new id), listed and opened. {@link #importFiles} does the same for the files the editor
 * was started with.
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
                                session.read(
                                        engine -> {
                                            JourneyFile.write(file, engine.exportJourney(j.id()));
                                            return file;
                                        },
                                        f ->
                                                session.tell(
                                                        Notice.info(
                                                                "Exported '"
                                                                        + j.name()
                                                                        + "' to "
                                                                        + f)),
                                        failed("export the journey")));
    }

    /** Reads an exported journey from a file the user chooses and imports it as a new draft. */
    public void importFile() {
        dialogs.askImportFile()
                .ifPresent(
                        file ->
                                submitImport(
                                        engine -> JourneyFile.read(file), "import " + name(file)));
    }

    /**
     * The files the editor was started with (a {@code *.journey.json} opened with it): each read
     * and imported exactly as {@link #importFile()} does, in the given order, in one background
     * task so the drafts are made in that order; the last one made is listed and opened. A file
     * that cannot be imported is named in the notice with Import's words and changes nothing. When
     * none was imported, {@code noneImported} runs (the window then opens what it opens at any
     * start).
     */
    public void importFiles(List<Path> files, Runnable noneImported) {
        if (files.isEmpty()) {
            noneImported.run();
            return;
        }
        session.read(
                engine -> importEach(engine, files),
                made -> {
                    if (!made.drafts().isEmpty()) {
                        list.refresh();
                        session.open(made.drafts().get(made.drafts().size() - 1).id());
                    } else {
                        noneImported.run();
                    }
                    session.tell(made.notice());
                },
                failed("import " + Words.count(files.size(), "file")).then(noneImported));
    }

    /** Background: one import per file; a failure is noted and the next file still tried. */
    private static StartImports importEach(JourneyGateway engine, List<Path> files) {
        List<Journey> drafts = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Path file : files) {
            try {
                drafts.add(engine.importJourney(JourneyFile.read(file)).journey());
            } catch (RuntimeException e) {
                failures.add("Could not import " + name(file) + ": " + e.getMessage());
            }
        }
        return new StartImports(drafts, failures);
    }

    /** What {@link #importFiles} made, and why the other files were not imported. */
    private record StartImports(List<Journey> drafts, List<String> failures) {
        Notice notice() {
            if (!failures.isEmpty()) {
                String also = drafts.isEmpty() ? "" : " (made " + names() + ")";
                return Notice.error(String.join("; ", failures) + also);
            }
            return Notice.info(
                    drafts.size() == 1
                            ? "Made the draft '" + drafts.get(0).name() + "'"
                            : "Made the drafts " + names() + "; the last one is open");
        }

        private String names() {
            return String.join(", ", drafts.stream().map(j -> "'" + j.name() + "'").toList());
        }
    }

    /** A new draft with the open journey's definition, named "&lt;name&gt; (copy)", opened. */
    public void duplicateOpen() {
        Journey j = openSaved("duplicate");
        if (j == null) {
            return;
        }
        submitImport(
                engine -> {
                    JourneyDefinition d = engine.exportJourney(j.id()).journey();
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

    private void submitImport(EngineCall<ExportedJourney> document, String what) {
        session.read(
                engine -> engine.importJourney(document.call(engine)),
                r -> {
                    list.refresh();
                    session.open(r.journey().id());
                    session.tell(Notice.info("Made the draft '" + r.journey().name() + "'"));
                },
                failed(what));
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

    private static Failed failed(String what) {
        return Failed.saying("Could not " + what + ": ");
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
