package com.activationdesk.audit.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.activationdesk.UiTest;
import com.activationdesk.audit.AuditActor;
import com.activationdesk.audit.AuditEntryView;
import com.activationdesk.audit.AuditRecord;
import com.activationdesk.audit.AuditSubject;
import com.activationdesk.audit.AuditSubjectType;
import com.activationdesk.audit.AuditTrail;
import com.activationdesk.audit.FieldChange;
import com.activationdesk.base.ui.NotFoundView;
import com.activationdesk.testdata.Unique;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.PlatformTransactionManager;

import static com.activationdesk.testdata.AuditRecords.inTransaction;
import static com.activationdesk.testdata.AuditRecords.partner;
import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER1;
import static com.activationdesk.testdata.DemoUsers.VENDOR_ADMIN;
import static com.activationdesk.testdata.Unique.reference;
import static com.activationdesk.testdata.Unique.requestId;
import static org.assertj.core.api.Assertions.assertThat;

/** The admin's audit log, browserless, on the real service and database. */
@UiTest
class AuditLogViewTest extends SpringBrowserlessTest {

    private static final Instant AT = Instant.parse("2026-07-01T10:15:30.250Z"); // 12:15:30 in Berlin (summer)

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    @WithUserDetails(VENDOR_ADMIN)
    void adminSeesAnEntryRecordedInTheTestFilteredByTheUrl() {
        String reference = reference("UI-");
        String email = Unique.email("auditor", "test.example");
        long requestId = record(reference, email);

        UI.getCurrent().navigate(AuditLogView.class, QueryParameters.of("ref", reference));
        AuditLogView view = (AuditLogView) getCurrentView();

        GridTester<Grid<AuditEntryView>, AuditEntryView> grid = grid();
        assertThat(grid.size()).isEqualTo(1);
        assertThat(find(TextField.class).id("audit-filter-reference").getValue()).isEqualTo(reference);
        // No browser answers in a browserless test, so times are shown in the fallback zone.
        assertThat(grid.getHeaderCell(0)).isEqualTo("Time (Central European Time)");
        assertThat(cell(grid, "time")).isEqualTo("Jul 1, 2026, 12:15:30\u00A0PM");
        assertThat(cell(grid, "subject")).isEqualTo(reference);
        assertThat(cell(grid, "actor")).isEqualTo(email + " (Partner, Nordlicht Systemhaus GmbH)");
        assertThat(cell(grid, "action")).isEqualTo("Submit"); // the request module's text for the action
        assertThat(cell(grid, "status")).isEqualTo("Draft → In review (CAM/DAM)");
        assertThat(cell(grid, "comment")).isEqualTo("Bitte prüfen");
        assertThat(cell(grid, "changes")).isEqualTo("city, website");

        // the row details (the renderer the grid uses) list every change old → new
        AuditEntryView entry = grid.getRow(0);
        assertThat(entry.requestId()).isEqualTo(requestId);
        assertThat(texts(view.details(entry))).contains(
                reference + " (id " + requestId + ")",
                "city: Kiel → Lübeck",
                "website: (empty) → https://nordlicht.example");
        // (opening the details on click is the grid's client-side behaviour, not testable without a browser)
        assertThat(grid.getComponent().isDetailsVisibleOnClick()).isTrue();
    }

    @Test
    @WithUserDetails(VENDOR_ADMIN)
    void filterFieldsNarrowTheLog() {
        String reference = reference("UF-");
        String email = Unique.email("auditor", "test.example");
        record(reference, email);
        navigate(AuditLogView.class);

        test(find(TextField.class).id("audit-filter-actor")).setValue(email);
        assertThat(grid().size()).isEqualTo(1);
        assertThat(cell(grid(), "subject")).isEqualTo(reference);

        test(find(TextField.class).id("audit-filter-action")).setValue("WITHDRAW");
        assertThat(grid().size()).isZero();
        test(find(TextField.class).id("audit-filter-action")).setValue("submit");
        assertThat(grid().size()).isEqualTo(1);

        LocalDate day = AT.atZone(ZoneId.of("Europe/Berlin")).toLocalDate();
        test(find(DatePicker.class).id("audit-filter-from")).setValue(day.plusDays(1));
        assertThat(grid().size()).isZero();
        test(find(DatePicker.class).id("audit-filter-from")).setValue(day);
        test(find(DatePicker.class).id("audit-filter-to")).setValue(day);
        assertThat(grid().size()).isEqualTo(1);
    }

    @Test
    @WithUserDetails(VENDOR_ADMIN)
    void subjectTypeFilterFromTheUrlShowsAUserEntryByItsKindAndEmail() {
        String email = Unique.email("subject", "test.example");
        inTransaction(transactionManager, () -> auditTrail.record(new AuditRecord(AuditSubject.user(4711, email),
                partner(Unique.email("admin", "test.example")), AT, "USER_DISABLE", null, null, null,
                List.of(new FieldChange("enabled", "true", "false")))));

        UI.getCurrent().navigate(AuditLogView.class, QueryParameters.simple(Map.of("subject", "USER", "ref", email)));

        GridTester<Grid<AuditEntryView>, AuditEntryView> grid = grid();
        assertThat(grid.size()).isEqualTo(1);
        assertThat(find(Select.class).id("audit-filter-subject").getValue()).isEqualTo(AuditSubjectType.USER);
        assertThat(cell(grid, "subject")).isEqualTo("User: " + email);
        assertThat(cell(grid, "action")).isEqualTo("User disabled");
        assertThat(cell(grid, "status")).isEmpty();

        test(find(Select.class).id("audit-filter-subject")).selectItem("Request");
        assertThat(grid().size()).isZero();
    }

    @Test
    @WithUserDetails(VENDOR_ADMIN)
    void verifyingTheChainShowsProgressThenTheResult() throws InterruptedException {
        navigate(AuditLogView.class);
        Button verify = find(Button.class).id("audit-chain-verify");

        test(verify).click();
        assertThat(verify.isEnabled()).as("one run at a time").isFalse();
        assertThat(UI.getCurrent().getPollInterval()).as("the page polls the progress").isPositive();

        Span status = find(Span.class).id("audit-chain-status");
        VaadinSession session = VaadinSession.getCurrent();
        for (int waited = 0; !verify.isEnabled() && waited < 600; waited++) {
            Thread.sleep(50); // the walk runs in the background; its result reaches the UI through UI.access
            session.getService().runPendingAccessTasks(session);
        }
        assertThat(status.getText()).startsWith("Chain intact:");
        assertThat(verify.isEnabled()).isTrue();
        assertThat(UI.getCurrent().getPollInterval()).isNegative();
    }

    @Test
    @WithUserDetails(NORDLICHT_USER1)
    void nonAdminCannotOpenTheLog() {
        UI.getCurrent().navigate(AuditLogView.class);
        // the same page as an unknown URL: nothing reveals that the view exists
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    private long record(String reference, String email) {
        long requestId = requestId();
        AuditActor actor = partner(email);
        inTransaction(transactionManager, () -> auditTrail.record(new AuditRecord(requestId, reference, actor, AT,
                "SUBMIT", "DRAFT", "IN_REVIEW", "Bitte prüfen",
                List.of(new FieldChange("city", "Kiel", "Lübeck"), new FieldChange("website", null, "https://nordlicht.example")))));
        return requestId;
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<AuditEntryView>, AuditEntryView> grid() {
        return test(find(Grid.class).id("audit-grid"));
    }

    private static String cell(GridTester<Grid<AuditEntryView>, AuditEntryView> grid, String key) {
        return grid.getCellText(0, grid.getColumnPosition(key));
    }

    private static List<String> texts(Component component) {
        return component.getChildren().flatMap(child -> child.getChildren())
                .filter(Span.class::isInstance).map(span -> ((Span) span).getText()).toList();
    }
}
