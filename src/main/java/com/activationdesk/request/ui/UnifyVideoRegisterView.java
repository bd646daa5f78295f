package com.activationdesk.request.ui;

import java.io.ByteArrayInputStream;
import java.util.Locale;

import com.activationdesk.base.domain.DomainException;
import com.activationdesk.base.ui.Texts;
import com.activationdesk.request.service.UnifyVideoRegister;
import com.activationdesk.request.service.UnifyVideoRegister.ImportReport;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import jakarta.annotation.security.RolesAllowed;

/**
 * The register of addresses once used with Unify Video (vendor letter: such an address must never administer a
 * new tenant). Cloud Ops imports CSV files and looks single addresses up; the service enforces who may do it.
 */
@Route("register/unify-video")
@Menu(title = "menu.unify-video-register", icon = "vaadin:ban", order = 50)
@RolesAllowed({"CLOUD_OPS", "ADMIN"})
public class UnifyVideoRegisterView extends Main implements HasDynamicTitle {

    static final int MAX_FILE_MB = 10;
    private static final int MAX_FILE_BYTES = MAX_FILE_MB * 1024 * 1024;

    private final UnifyVideoRegister register;
    private final Span count = new Span();
    private final Div report = new Div();
    private final EmailField lookup = new EmailField();
    private final Span lookupResult = new Span();

    public UnifyVideoRegisterView(UnifyVideoRegister register) {
        this.register = register;
        addClassName("page");
        addClassName("unify-video-register");
        count.setId("register-count");
        report.setId("register-report");
        report.addClassName("register-report");
        add(new H2(getTranslation("register.title")),
                new Paragraph(getTranslation("register.purpose")),
                new Paragraph(getTranslation("register.format", MAX_FILE_MB)),
                new Paragraph(count),
                upload(),
                report,
                lookup());
        showCount();
    }

    private Upload upload() {
        // In memory: the import reads the whole file anyway, and 10 MB is the ceiling. The server refuses larger
        // files itself (getFileSizeMax); the client-side limit only saves the user the wait.
        InMemoryUploadHandler handler = new InMemoryUploadHandler(
                (metadata, content) -> importFile(metadata.fileName(), content)) {
            @Override
            public long getFileSizeMax() {
                return MAX_FILE_BYTES;
            }
        };
        Upload upload = new Upload(handler);
        upload.setId("register-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setAcceptedFileTypes("text/csv", ".csv");
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("register.upload.button")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("register.upload.drop")));
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("register.upload.too-big", MAX_FILE_MB))
                .setIncorrectFileType(getTranslation("register.upload.csv-only"))
                .setTooManyFiles(getTranslation("register.upload.one-file")));
        upload.setI18n(i18n);
        return upload;
    }

    /** Imports one uploaded file and shows the report; the upload handler calls it with the UI locked. */
    void importFile(String fileName, byte[] content) {
        report.removeAll();
        // The browser's file filter is only a hint: the server checks the name again.
        if (fileName == null || !fileName.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            showError(getTranslation("register.upload.csv-only"));
            return;
        }
        try {
            showReport(register.importCsv(fileName, new ByteArrayInputStream(content)));
        } catch (DomainException e) {
            showError(getTranslation(e.getMessageKey(), e.getArguments()));
        }
        showCount();
    }

    private void showReport(ImportReport result) {
        report.add(new H3(getTranslation("register.report.title")),
                line("register-imported", getTranslation("register.report.imported", result.imported())),
                line("register-already-present", getTranslation("register.report.already-present", result.alreadyPresent())),
                line("register-invalid", getTranslation("register.report.invalid", result.invalid())));
        if (!result.invalidLines().isEmpty()) {
            UnorderedList lines = new UnorderedList();
            lines.setId("register-invalid-lines");
            result.invalidLines().forEach(invalid -> lines.add(new ListItem(invalid)));
            report.add(new Paragraph(getTranslation("register.report.invalid-lines", UnifyVideoRegister.MAX_REPORTED_INVALID)),
                    lines);
        }
    }

    private void showError(String text) {
        Div error = line("register-error", text);
        error.addClassName("register-error");
        report.add(error);
    }

    private static Div line(String id, String text) {
        Div line = new Div();
        line.setText(text);
        line.setId(id);
        return line;
    }

    private HorizontalLayout lookup() {
        lookup.setId("register-lookup");
        lookup.setLabel(getTranslation("register.lookup.label"));
        lookup.setClearButtonVisible(true);
        lookupResult.setId("register-lookup-result");
        Button check = new Button(getTranslation("register.lookup.button"), VaadinIcon.SEARCH.create(), e -> checkAddress());
        check.setId("register-lookup-button");
        lookup.addKeyPressListener(Key.ENTER, e -> checkAddress());
        HorizontalLayout row = new HorizontalLayout(lookup, check, lookupResult);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    private void checkAddress() {
        String address = lookup.getValue() == null ? "" : lookup.getValue().trim();
        if (address.isEmpty()) {
            lookupResult.setText(getTranslation("register.lookup.empty"));
        } else if (register.contains(address)) {
            lookupResult.setText(getTranslation("register.lookup.found", address));
        } else {
            lookupResult.setText(getTranslation("register.lookup.not-found", address));
        }
    }

    private void showCount() {
        count.setText(Texts.count("register.count", register.size()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.unify-video-register");
    }
}
