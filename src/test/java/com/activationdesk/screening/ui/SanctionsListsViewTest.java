package com.activationdesk.screening.ui;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import com.activationdesk.UiTest;
import com.activationdesk.screening.ListFormat;
import com.activationdesk.screening.ListUpdates;
import com.activationdesk.screening.ListVersion;
import com.activationdesk.screening.SanctionsScreening;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

import static com.activationdesk.screening.ScreeningFiles.awaitListUpdate;
import static com.activationdesk.screening.ScreeningFiles.euEntity;
import static com.activationdesk.screening.ScreeningFiles.euFile;
import static com.activationdesk.screening.ScreeningFiles.stream;
import static com.activationdesk.testdata.DemoUsers.CAM1;
import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER1;
import static com.activationdesk.testdata.DemoUsers.VENDOR_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The admin's list view through its real Upload (browserless): a good file is imported and re-screened in the
 * background and lands in the history with its hash and counts; a web page instead of the list is refused with the
 * reason and changes nothing; only admins open the view.
 */
@UiTest
class SanctionsListsViewTest extends SpringBrowserlessTest {

    @Autowired
    ListUpdates updates;
    @Autowired
    SanctionsScreening sanctions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    @WithUserDetails(VENDOR_ADMIN)
    void anUploadedListIsImportedReScreenedAndInTheHistory() {
        SanctionsListsView view = navigate(SanctionsListsView.class);
        @SuppressWarnings("unchecked")
        Select<ListFormat> format = $(Select.class).id("list-format");
        test(format).selectItem("US OFAC SDN list (XML)");
        // the UN format chosen for an EU file: wrong, and said so
        test(format).selectItem("UN Security Council consolidated list (XML)");
        upload(euFile(euEntity("701", "Draco Heavy Industries")));
        finish(view);
        assertThat(state()).startsWith("eu.xml was not imported. This is not a UN_XML list");

        test(format).selectItem("EU consolidated list (FSF XML)");
        upload(euFile(euEntity("701", "Draco Heavy Industries") + euEntity("702", "Cygnus Maritime")));
        finish(view);
        assertThat(state()).startsWith("EU consolidated list (FSF XML) imported: 2 entries").contains("re-screened");
        ListVersion newest = updates.history().getFirst();
        assertThat(newest.source()).isEqualTo("EU_FSF_XML");
        assertThat(newest.active()).isTrue();
        assertThat(newest.importedBy()).isEqualTo(VENDOR_ADMIN);
        assertThat(newest.sha256()).hasSize(64);
        @SuppressWarnings("unchecked")
        Grid<ListVersion> history = $(Grid.class).id("list-history");
        assertThat(test(history).getCellText(0, 0)).isEqualTo("EU consolidated list (FSF XML)");
        assertThat(test(history).getCellText(0, 7)).isEqualTo(newest.sha256());
        assertThat(sanctions.screen("Cygnus Maritime", null)).isNotEmpty();

        upload("<!DOCTYPE html><html><body>Service unavailable</body></html>");
        finish(view);
        assertThat(state()).startsWith("eu.xml was not imported. This is not a EU_FSF_XML list");
        assertThat(updates.history().getFirst()).isEqualTo(newest);
        assertThat(sanctions.screen("Cygnus Maritime", null)).isNotEmpty();
    }

    @Test
    @WithUserDetails(VENDOR_ADMIN)
    void anUpdateInterruptedByAShutdownIsSaidSoAndItsReScreeningRunsAgainOnAClick() {
        sanctions.importList("EU_FSF_XML", stream(euFile(euEntity("711", "Lacerta Freight"))));
        awaitListUpdate(jdbc);
        long version = jdbc.sql("SELECT MAX(id) FROM screening_list_version WHERE source = 'EU_FSF_XML'")
                .query(Long.class).single();
        // what the instance that ran it recorded when it was stopped
        jdbc.sql("""
                        INSERT INTO screening_list_update (phase, source, origin, started_at, updated_at, version_id,
                            rescreened, to_rescreen, new_tenant_alerts)
                        VALUES ('INTERRUPTED', 'EU_FSF_XML', 'eu.xml', ?, ?, ?, 5, 9, 0)""")
                .params(Timestamp.from(clock.instant()), Timestamp.from(clock.instant()), version).update();
        SanctionsListsView view = navigate(SanctionsListsView.class);
        Button resume = $(Button.class).id("list-update-resume");
        assertThat(state()).startsWith("EU consolidated list (FSF XML) imported: 1 entry")
                .contains("The re-screening stopped before it finished (the server was stopped) after 5 of 9 requests.");
        assertThat(resume.isVisible()).isTrue();

        test(resume).click();
        finish(view);
        assertThat(state()).contains("re-screened; new possible matches on");
        assertThat(resume.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails(CAM1)
    void managersCannotOpenTheView() {
        UI.getCurrent().navigate(SanctionsListsView.class);
        assertThat(getCurrentView()).isNotInstanceOf(SanctionsListsView.class);
    }

    @Test
    @WithUserDetails(NORDLICHT_USER1)
    void partnersCannotOpenTheView() {
        UI.getCurrent().navigate(SanctionsListsView.class);
        assertThat(getCurrentView()).isNotInstanceOf(SanctionsListsView.class);
    }

    private void upload(String content) {
        test($(Upload.class).id("list-upload")).upload("eu.xml", "application/xml",
                content.getBytes(StandardCharsets.UTF_8));
    }

    /** Waits for the background update, then shows its outcome as the next poll would. */
    private void finish(SanctionsListsView view) {
        await().pollInSameThread().atMost(Duration.ofMinutes(3)).until(() -> !updates.status().running());
        view.refresh();
    }

    private String state() {
        return $(Div.class).id("list-update-state").getText();
    }
}
