package com.activationdesk.request.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import com.activationdesk.MutableClock;
import com.activationdesk.RunAs;
import com.activationdesk.SqlStatementCounter;
import com.activationdesk.UiTest;
import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.request.service.RequestDate;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.request.service.RequestFilter;
import com.activationdesk.request.service.RequestRow;
import com.activationdesk.request.service.RequestSearch;
import com.activationdesk.request.service.RequestService;
import com.activationdesk.testdata.TestRequest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarTester;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.ItemClickEvent;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import static com.activationdesk.testdata.DemoUsers.ALPEN_USER1;
import static com.activationdesk.testdata.DemoUsers.CAM1;
import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER1;
import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER2;
import static com.activationdesk.testdata.DemoUsers.OPS1;
import static com.activationdesk.testdata.DemoUsers.RHEINWERK_USER1;
import static com.activationdesk.testdata.DemoUsers.VENDOR_ADMIN;
import static com.activationdesk.testdata.TestInstants.MONDAY_0900;
import static org.assertj.core.api.Assertions.assertThat;

/** The grid through each role's lens: columns, presets, URL filters, and the SQL a page fetch costs. */
@UiTest
class RequestsViewTest extends SpringBrowserlessTest {

    @Autowired
    RequestService service;
    @Autowired
    RunAs runAs;
    @Autowired
    MutableClock clock;
    @Autowired
    SqlStatementCounter sql;
    @Autowired
    RequestSearch search;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void setClock() {
        clock.set(MONDAY_0900);
    }

    @Test
    @WithUserDetails(NORDLICHT_USER1)
    void partnerSeesItsOpenRequestsWithoutThePartnerColumn() {
        RequestDetails draft = runAs.as(NORDLICHT_USER2, () -> service.createDraft(TestRequest.valid(clock).form()));
        navigate(RequestsView.class);
        Grid<RequestRow> grid = grid();
        assertThat(visibleColumns(grid)).doesNotContain("partner").contains("reference", "customer", "status", "sla");
        assertThat($(MultiSelectComboBox.class).id("filter-status").getValue()).contains(RequestStatus.DRAFT, RequestStatus.RETURNED);
        assertThat(rows(grid)).extracting(RequestRow::id).contains(draft.id());
        assertThat(rows(grid)).extracting(RequestRow::partnerName).containsOnly("Nordlicht Systemhaus GmbH");
        assertThat($(Button.class).id("new-request").isVisible()).isTrue();
    }

    @Test
    @WithUserDetails(NORDLICHT_USER1)
    void partnerFiltersOutTenantsWithItselfAsCoAdministratorFromTheUrlAndTheCheckbox() {
        RequestDetails draft = runAs.as(NORDLICHT_USER2, () -> service.createDraft(TestRequest.valid(clock).form()));
        // written directly to keep this short; the database takes co-administrators only on activated tenants
        jdbc.update("UPDATE activation_request SET status = 'ACTIVATED' WHERE id = ?", draft.id());
        assertThat(jdbc.update("INSERT INTO request_co_admin (request_id, user_id, added_at, added_by_user_id)"
                + " SELECT ?, u.id, ?, u.id FROM app_user u WHERE u.email = 'user1@nordlicht.example'",
                draft.id(), LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))).isEqualTo(1);

        UI.getCurrent().navigate("requests", QueryParameters.fromString("coadmin=missing&q=" + draft.reference()));
        assertThat($(Span.class).id("filter-chip-co-admin").isVisible()).as("active filter shown as a chip").isTrue();
        test($(Button.class).id("more-filters")).click();
        Checkbox withoutMe = $(Checkbox.class).id("filter-co-admin");
        assertThat(withoutMe.isVisible()).isTrue();
        assertThat(withoutMe.getValue()).isTrue();
        assertThat(rows(grid())).isEmpty();

        test(withoutMe).click();
        assertThat(rows(grid())).extracting(RequestRow::id).containsExactly(draft.id());
        test(withoutMe).click();
        assertThat(rows(grid())).isEmpty();
    }

    @Test
    @WithUserDetails(CAM1)
    @SuppressWarnings("unchecked")
    void aClickOnARowTheGridNoLongerHoldsIsIgnored() {
        navigate(RequestsView.class);
        Grid<RequestRow> grid = (Grid<RequestRow>) $(Grid.class).id("requests-grid");

        // the key of a row the grid has dropped, as the load benchmark's client once sent it (issue 15)
        ComponentUtil.fireEvent(grid, new ItemClickEvent<>(grid, true, "dropped-key", "col0", 0, 0, 0, 0, 1, 0,
                false, false, false, false));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("requests");
    }

    @Test
    @WithUserDetails(CAM1)
    void camGetsNeedsMyActionAndNoNewRequestButton() {
        navigate(RequestsView.class);
        assertThat($(Checkbox.class).all()).as("only partner users are co-administrators")
                .noneMatch(c -> "filter-co-admin".equals(c.getId().orElse("")));
        assertThat($(MultiSelectComboBox.class).id("filter-status").getValue())
                .containsExactlyInAnyOrder(RequestStatus.IN_REVIEW, RequestStatus.INVITATION_EXPIRED);
        assertThat(visibleColumns(grid())).contains("partner").doesNotContain("manager", "distributor");
        assertThat($(Button.class).all()).noneMatch(b -> "new-request".equals(b.getId().orElse("")));
    }

    @Test
    @WithUserDetails(OPS1)
    void urlFilterIsAppliedToTheFieldsAndTheRows() {
        RequestDetails draft = runAs.as(RHEINWERK_USER1, () -> service.createDraft(TestRequest.valid(clock).form()));
        RequestDetails submitted = runAs.as(RHEINWERK_USER1, () -> service.submit(draft.id(), draft.version()));
        runAs.run(CAM1, () -> service.forwardToCloudOps(draft.id(), submitted.version(),
                new com.activationdesk.request.service.ForwardChecklist(true, true), null));

        UI.getCurrent().navigate("requests", QueryParameters.fromString("status=AT_CLOUD_OPS&q=" + draft.reference()));
        assertThat($(TextField.class).id("filter-text").getValue()).isEqualTo(draft.reference());
        assertThat($(MultiSelectComboBox.class).id("filter-status").getValue()).containsExactly(RequestStatus.AT_CLOUD_OPS);
        assertThat(rows(grid())).extracting(RequestRow::reference).containsExactly(draft.reference());
    }

    @Test
    @WithUserDetails(OPS1)
    void dateAndInvitationExpiryFiltersFromTheUrlShowInTheirFieldsAndApply() {
        // invited 30 hours ago: its link expires in 42 hours, so within 48 but not within 24
        clock.set(Instant.parse("2026-12-06T02:00:00Z"));
        RequestDetails draft = runAs.as(RHEINWERK_USER1, () -> service.createDraft(TestRequest.valid(clock).form()));
        RequestDetails submitted = runAs.as(RHEINWERK_USER1, () -> service.submit(draft.id(), draft.version()));
        RequestDetails forwarded = runAs.as(CAM1, () -> service.forwardToCloudOps(draft.id(),
                submitted.version(), new com.activationdesk.request.service.ForwardChecklist(true, true), null));
        runAs.run(OPS1, () -> service.provisionAndInvite(draft.id(), forwarded.version(), "t-42"));
        clock.set(MONDAY_0900);
        UI.getCurrent().navigate("requests", QueryParameters.fromString("date=INVITED&from=2026-12-01&expiring=24&q="
                + draft.reference()));
        // Behind "More filters", and shown as chips meanwhile.
        assertThat($(Button.class).id("more-filters").getText()).isEqualTo("Weitere Filter (2)");
        assertThat($(Span.class).all()).extracting(span -> span.getId().orElse(""))
                .contains("filter-chip-text", "filter-chip-date", "filter-chip-expiring");
        test($(Button.class).id("more-filters")).click();

        assertThat($(Select.class).id("filter-date").getValue()).isEqualTo(RequestDate.INVITED);
        assertThat($(DatePicker.class).id("filter-from").getValue()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat($(IntegerField.class).id("filter-expiring").getValue()).isEqualTo(24);

        assertThat($(Span.class).id("requests-total").getText()).isEqualTo("0 Anträge");
        DatePicker.DatePickerI18n calendar = $(DatePicker.class).id("filter-from").getI18n();
        assertThat(calendar.getMonthNames()).startsWith("Januar", "Februar", "März");
        assertThat(calendar.getFirstDayOfWeek()).as("Monday").isEqualTo(1);
        assertThat(calendar.getDateFormats()).startsWith("dd.MM.yyyy");

        test($(IntegerField.class).id("filter-expiring")).setValue(48);
        assertThat(rows(grid())).extracting(RequestRow::id).containsExactly(draft.id());
        assertThat($(Span.class).id("requests-total").getText()).isEqualTo("1 Antrag");
        assertThat(search.count(RequestFilter.none().withDates(RequestDate.INVITED, LocalDate.of(2026, 12, 6),
                LocalDate.of(2026, 12, 6)).withInvitationExpiringWithin(48).withText(draft.reference()))).isEqualTo(1);

        // A chip's cross removes just that filter, from the fields and the URL alike.
        test($(Button.class).id("remove-filter-expiring")).click();
        assertThat($(IntegerField.class).id("filter-expiring").getValue()).isNull();
        assertThat($(DatePicker.class).id("filter-from").getValue()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat($(Span.class).all()).extracting(span -> span.getId().orElse(""))
                .doesNotContain("filter-chip-expiring").contains("filter-chip-date");
    }

    @Test
    @WithUserDetails(OPS1)
    void moreFiltersAreBuiltWhenFirstOpenedAndKeepTheUrlsValuesUntilThen() {
        UI.getCurrent().navigate("requests", QueryParameters.fromString("country=DE&expiring=24"));
        assertThat($(ComboBox.class).all()).as("not built while closed: they would cost every open grid memory")
                .noneMatch(box -> "filter-country".equals(box.getId().orElse("")));
        assertThat($(IntegerField.class).all()).isEmpty();
        assertThat($(Button.class).id("more-filters").getText()).isEqualTo("Weitere Filter (2)");

        // A change in the row reports the whole filter, with the values waiting behind "More filters": the view
        // shows the reported filter again, chips included.
        test($(TextField.class).id("filter-text")).setValue("UP-");
        assertThat($(Span.class).all()).extracting(span -> span.getId().orElse(""))
                .contains("filter-chip-text", "filter-chip-country", "filter-chip-expiring");

        test($(Button.class).id("more-filters")).click();
        assertThat($(ComboBox.class).id("filter-country").getValue()).isEqualTo("DE");
        assertThat($(IntegerField.class).id("filter-expiring").getValue()).isEqualTo(24);

        // Removing a chip's filter while the fields exist clears the field as well, and only that filter.
        test($(Button.class).id("remove-filter-country")).click();
        assertThat($(ComboBox.class).id("filter-country").getValue()).isNull();
        assertThat($(IntegerField.class).id("filter-expiring").getValue()).isEqualTo(24);
        assertThat($(Span.class).all()).extracting(span -> span.getId().orElse(""))
                .doesNotContain("filter-chip-country").contains("filter-chip-text", "filter-chip-expiring");
    }

    @Test
    @WithUserDetails(VENDOR_ADMIN)
    void scrollingFetchesOnePageWithOneSelectAndNoCount() {
        for (int i = 0; i < 3; i++) {
            runAs.run(ALPEN_USER1, () -> service.createDraft(TestRequest.valid(clock).form()));
        }
        UI.getCurrent().navigate("requests", QueryParameters.fromString("all=1"));
        Grid<RequestRow> grid = grid();
        @SuppressWarnings("unchecked")
        DataProvider<RequestRow, Void> provider = (DataProvider<RequestRow, Void>) grid.getDataProvider();

        sql.reset();
        List<RequestRow> page = provider.fetch(new Query<>(2, 50, List.of(), null, null)).toList();
        int size = provider.size(new Query<>());
        assertThat(page).isNotEmpty();
        assertThat(size).isGreaterThanOrEqualTo(3);
        assertThat(sql.selects()).isEqualTo(1);
        assertThat(sql.counts()).isZero();
        assertThat(sql.statements()).hasSize(1);
    }

    private Grid<RequestRow> grid() {
        @SuppressWarnings("unchecked")
        Grid<RequestRow> grid = (Grid<RequestRow>) $(Grid.class).id("requests-grid");
        return grid;
    }

    @Test
    @WithUserDetails(VENDOR_ADMIN)
    void columnsChosenInTheChooserAreRememberedForTheUser() {
        jdbc.update("DELETE FROM grid_columns WHERE user_id = (SELECT id FROM app_user WHERE email = ?)", VENDOR_ADMIN);
        try {
            navigate(RequestsView.class);
            assertThat(visibleColumns(grid())).as("what fits at 1440 px")
                    .containsExactly("reference", "customer", "partner", "status", "sla", "updated");
            assertThat(grid().getColumns()).extracting(Grid.Column::getKey).as("a hidden column is not in the grid")
                    .doesNotContain("platform", "country");

            new MenuBarTester<>($(MenuBar.class).id("column-chooser")).clickItem(UI.getCurrent().getTranslation("requests.columns"),
                    UI.getCurrent().getTranslation("requests.column.platform"));
            assertThat(visibleColumns(grid())).containsExactly("reference", "customer", "partner", "platform", "status",
                    "sla", "updated");
            assertThat(grid().getColumnByKey("platform").getHeaderText())
                    .isEqualTo(UI.getCurrent().getTranslation("requests.column.platform"));
            assertThat(jdbc.queryForObject("SELECT g.columns FROM grid_columns g JOIN app_user u ON u.id = g.user_id"
                    + " WHERE u.email = ?", String.class, VENDOR_ADMIN)).contains("platform").contains("!country");

            navigate(UnifyVideoRegisterView.class);
            navigate(RequestsView.class);
            assertThat(visibleColumns(grid())).as("a new view of the grid, as the user left it")
                    .containsExactly("reference", "customer", "partner", "platform", "status", "sla", "updated");
        } finally {
            jdbc.update("DELETE FROM grid_columns WHERE user_id = (SELECT id FROM app_user WHERE email = ?)", VENDOR_ADMIN);
        }
    }

    private static List<String> visibleColumns(Grid<RequestRow> grid) {
        return grid.getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getKey).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<RequestRow> rows(Grid<RequestRow> grid) {
        return ((DataProvider<RequestRow, Void>) grid.getDataProvider()).fetch(new Query<>(0, 50, List.of(), null, null)).toList();
    }
}
