package com.activationdesk.screening.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;

import com.activationdesk.base.domain.DomainException;
import com.activationdesk.base.ui.Formats;
import com.activationdesk.base.ui.ViewerTime;
import com.activationdesk.screening.ListFormat;
import com.activationdesk.screening.ListImportResult;
import com.activationdesk.screening.ListUpdateStatus;
import com.activationdesk.screening.ListUpdates;
import com.activationdesk.screening.ListVersion;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.unit.DataSize;

/**
 * The sanctions lists for admins: upload a list file of a chosen format, watch the import and the re-screening of
 * open requests and activated tenants (the view polls the update's state once a second while one runs), read
 * why a file was refused, and the import history. The service decides who may do it.
 */
@Route("admin/sanctions-lists")
@Menu(title = "menu.sanctions-lists", icon = "vaadin:shield", order = 35)
@RolesAllowed("ADMIN")
public class SanctionsListsView extends Main implements HasDynamicTitle, AfterNavigationObserver {

    private static final int POLL_MILLIS = 1000;

    private final ListUpdates updates;
    private final Formats format;
    private final Select<ListFormat> listFormat = new Select<>();
    private final Div state = new Div();
    private final ProgressBar progress = new ProgressBar();
    private final Button resume = new Button();
    private final Grid<ListVersion> history = new Grid<>();
    private ListUpdateStatus.Phase shownPhase;
    private Registration polling;

    public SanctionsListsView(ListUpdates updates, ViewerTime time,
                              @Value("${activationdesk.screening.max-file-size:150MB}") DataSize maxFileSize) {
        this.updates = updates;
        this.format = time.formats(getLocale());
        addClassName("page");
        listFormat.setId("list-format");
        listFormat.setLabel(getTranslation("screening.lists.format"));
        listFormat.setItems(ListFormat.values());
        listFormat.setItemLabelGenerator(item -> getTranslation("screening.lists.format." + item.name()));
        state.setId("list-update-state");
        progress.setId("list-update-progress");
        resume.setId("list-update-resume");
        resume.setText(getTranslation("screening.lists.resume"));
        resume.addClickListener(click -> resume());
        add(new H2(getTranslation("menu.sanctions-lists")),
                new Paragraph(getTranslation("screening.lists.purpose", maxFileSize.toMegabytes())),
                listFormat, upload(maxFileSize), progress, state, resume,
                new H3(getTranslation("screening.lists.history")), history());
    }

    private Upload upload(DataSize maxFileSize) {
        Upload upload = new Upload(UploadHandler.toTempFile(this::uploaded));
        upload.setId("list-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxFileSize.toBytes()));
        upload.setAcceptedFileTypes("application/xml", "text/xml", ".xml");
        return upload;
    }

    /** The upload handler calls it with the UI locked, once the file is on disk; the import runs in the background. */
    private void uploaded(UploadMetadata metadata, File file) throws IOException {
        if (listFormat.getValue() == null) {
            Files.deleteIfExists(file.toPath());
            showError(getTranslation("screening.lists.choose-format"));
            return;
        }
        try {
            updates.startUpload(listFormat.getValue(), metadata.fileName(), file.toPath());
        } catch (DomainException busy) {
            Files.deleteIfExists(file.toPath());
            showError(getTranslation(busy.getMessageKey(), busy.getArguments()));
            return;
        }
        refresh();
    }

    private void resume() {
        try {
            updates.resumeInterrupted();
        } catch (DomainException refused) {
            showError(getTranslation(refused.getMessageKey(), refused.getArguments()));
            return;
        }
        refresh();
    }

    private Grid<ListVersion> history() {
        history.setId("list-history");
        history.addColumn(v -> getTranslation("screening.lists.format." + v.source()))
                .setHeader(getTranslation("screening.lists.column.source")).setAutoWidth(true);
        history.addColumn(v -> v.publicationDate() == null ? Formats.EMPTY : format.date(v.publicationDate()))
                .setHeader(getTranslation("screening.lists.column.published")).setAutoWidth(true);
        history.addColumn(v -> format.number(v.entries()))
                .setHeader(getTranslation("screening.lists.column.entries")).setAutoWidth(true);
        history.addColumn(v -> getTranslation("screening.lists.counts", v.added(), v.changed(), v.removed()))
                .setHeader(getTranslation("screening.lists.column.changes")).setAutoWidth(true);
        history.addColumn(ListVersion::importedBy)
                .setHeader(getTranslation("screening.lists.column.by")).setAutoWidth(true);
        history.addColumn(v -> format.dateTime(v.importedAt()))
                .setHeader(getTranslation("screening.lists.column.at")).setAutoWidth(true);
        history.addColumn(v -> v.active() ? getTranslation("screening.lists.active") : "")
                .setHeader(getTranslation("screening.lists.column.active")).setAutoWidth(true);
        history.addColumn(ListVersion::sha256).setHeader("SHA-256").setAutoWidth(true);
        history.setAllRowsVisible(true);
        return history;
    }

    /** Shows the update's state and the history; called on every poll. */
    void refresh() {
        ListUpdateStatus update = updates.status();
        progress.setVisible(update.running());
        progress.setIndeterminate(update.phase() == ListUpdateStatus.Phase.IMPORTING || update.toRescreen() == 0);
        if (update.toRescreen() > 0) {
            progress.setValue((double) update.rescreened() / update.toRescreen());
        }
        resume.setVisible(update.resumable());
        state.setText(describe(update));
        state.getElement().setAttribute("data-phase", update.phase().name());
        if (update.phase() != shownPhase) { // the history changes only when an update moves on
            history.setItems(updates.history());
            shownPhase = update.phase();
        }
    }

    private String describe(ListUpdateStatus update) {
        ListImportResult result = update.result();
        return switch (update.phase()) {
            case IDLE -> "";
            case IMPORTING -> getTranslation("screening.lists.importing", update.origin());
            case RESCREENING -> getTranslation("screening.lists.rescreening", imported(result),
                    update.rescreened(), update.toRescreen());
            case DONE -> getTranslation("screening.lists.done", imported(result), update.toRescreen(),
                    update.newTenantAlerts());
            case FAILED -> getTranslation("screening.lists.failed", update.origin(),
                    getTranslation(update.errorKey(), update.errorArguments().toArray()));
            case INTERRUPTED -> result == null ? getTranslation("screening.lists.interrupted-import", update.origin())
                    : getTranslation("screening.lists.interrupted", imported(result), update.rescreened(),
                    update.toRescreen());
        };
    }

    private String imported(ListImportResult result) {
        return getTranslation("screening.lists.imported", getTranslation("screening.lists.format." + result.source()),
                result.entries(), result.added(), result.changed(), result.removed(), result.warnings().size());
    }

    private void showError(String text) {
        state.setText(text);
        state.getElement().setAttribute("data-phase", ListUpdateStatus.Phase.FAILED.name());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(POLL_MILLIS);
        polling = event.getUI().addPollListener(poll -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        polling.remove();
        event.getUI().setPollInterval(-1);
    }

    /**
     * Loads at every navigation here, also when the user picks this page in the menu while on it: Vaadin then keeps
     * the instance shown, which would otherwise go on showing what it loaded at the first visit.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.sanctions-lists");
    }
}
