package com.activationdesk.screening;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import com.activationdesk.IntegrationTest;
import com.activationdesk.RunAs;
import com.activationdesk.screening.ListUpdateStatus.Phase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.activationdesk.screening.ScreeningFiles.awaitListUpdate;
import static com.activationdesk.screening.ScreeningFiles.euEntity;
import static com.activationdesk.screening.ScreeningFiles.euFile;
import static com.activationdesk.screening.ScreeningFiles.stream;
import static com.activationdesk.testdata.DemoUsers.VENDOR_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The progress of a list update lives in the database: what another instance writes while it re-screens is what
 * the admin sees here, although this instance runs nothing.
 */
@IntegrationTest
class ListUpdateProgressTest {

    @Autowired
    ListUpdates updates;
    @Autowired
    SanctionsScreening sanctions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MessageSource messages;
    @Autowired
    RunAs runAs;

    @Test
    void theProgressOfAnUpdateOnAnotherInstanceIsSeenHere() {
        ListImportResult imported = sanctions.importList("EU_FSF_XML", stream(euFile(euEntity("901", "Lyra Dynamics"))));
        awaitListUpdate(jdbc);
        // another instance: its own writer over the same database, and this instance's ListUpdates is idle
        ListUpdateLog otherInstance = new ListUpdateLog(jdbc);
        ListUpdateStatus started = ListUpdateStatus.importing("EU_FSF_XML", "https://lists.example/eu.xml",
                Instant.parse("2026-12-07T08:00:00Z"));
        long id = otherInstance.start(started);
        assertThat(status().phase()).isEqualTo(Phase.IMPORTING);
        assertThat(status().origin()).isEqualTo("https://lists.example/eu.xml");

        otherInstance.save(id, started.imported(imported, 40).progress(20));
        ListUpdateStatus seen = status();
        assertThat(seen.phase()).isEqualTo(Phase.RESCREENING);
        assertThat(seen.running()).isTrue();
        assertThat(seen.rescreened()).isEqualTo(20);
        assertThat(seen.toRescreen()).isEqualTo(40);
        assertThat(seen.result()).isEqualTo(imported);

        otherInstance.save(id, started.imported(imported, 40).done(2));
        assertThat(status().phase()).isEqualTo(Phase.DONE);
        assertThat(status().rescreened()).isEqualTo(40);
        assertThat(status().newTenantAlerts()).isEqualTo(2);
    }

    @Test
    void aRefusalIsShownWithItsArgumentsTyped() {
        ListUpdateLog otherInstance = new ListUpdateLog(jdbc);
        otherInstance.start(ListUpdateStatus.importing("UN_XML", "un.xml", Instant.parse("2026-12-07T09:00:00Z"))
                .failed("screening.import.too-large", "UN_XML", 150L));
        ListUpdateStatus failed = status();
        assertThat(failed.phase()).isEqualTo(Phase.FAILED);
        assertThat(failed.errorArguments()).containsExactly("UN_XML", 150L);
        // {1,number,#} needs a number back from the database, not its text
        assertThat(messages.getMessage(failed.errorKey(), failed.errorArguments().toArray(), Locale.ENGLISH))
                .isEqualTo("The UN_XML file is larger than 150 MB; the previous version stays active.");
        assertThat(ListUpdateLog.arguments(ListUpdateLog.arguments(List.of(3, 2.5, "a\u001Fb"))))
                .containsExactly(3L, new java.math.BigDecimal("2.5"), "a b");
    }

    private ListUpdateStatus status() {
        return runAs.as(VENDOR_ADMIN, () -> updates.status());
    }
}
