package com.activationdesk.screening;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.activationdesk.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.activationdesk.screening.ScreeningFiles.awaitListUpdate;
import static com.activationdesk.screening.ScreeningFiles.EU_V1;
import static com.activationdesk.screening.ScreeningFiles.euEntity;
import static com.activationdesk.screening.ScreeningFiles.euFile;
import static com.activationdesk.screening.ScreeningFiles.stream;
import static com.activationdesk.screening.ScreeningFiles.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Bad list files: each is refused as a whole with a sentence that says why, and the previous version stays the
 * active one, entries and all. Bad names inside a good file are left out with a warning, the rest is imported.
 */
@IntegrationTest
class ListImportRefusalTest {

    private static final String EU = "EU_FSF_XML";

    @Autowired
    SanctionsScreening screening;
    @Autowired
    JdbcClient jdbc;

    private long activeVersion;

    @BeforeEach
    void importAGoodVersion() {
        activeVersion = screening.importList(EU, stream(text(EU_V1))).versionId();
        awaitListUpdate(jdbc);
    }

    @Test
    void anHtmlPageIsNotAList() {
        assertRefused(stream("""
                <!DOCTYPE html>
                <html><head><title>Maintenance</title></head><body><p>Back soon</p></body></html>
                """), "not a EU_FSF_XML list", "<html>");
    }

    @Test
    void aTruncatedFileIsRefused() {
        String full = text(EU_V1);
        assertRefused(stream(full.substring(0, full.indexOf("EU.104.44"))), "not complete, well-formed XML");
    }

    @Test
    void aFileWithoutEntriesIsRefused() {
        assertRefused(stream(euFile("")), "contains no entries");
        assertRefused(stream(""), "contains no entries");
    }

    @Test
    void aFileInAnotherNamespaceIsRefused() {
        assertRefused(stream(text(EU_V1).replace("http://eu.europa.ec/fpi/fsd/export", "http://example.com/other")),
                "http://example.com/other", "http://eu.europa.ec/fpi/fsd/export");
    }

    @Test
    void anotherListFormatIsRefused() {
        assertRefused(stream(text(ScreeningFiles.UN)), "<CONSOLIDATED_LIST>");
    }

    @Test
    void aTwoHundredMegabyteFileIsRefusedAtTheSizeLimit() {
        byte[] head = "<?xml version=\"1.0\"?><export xmlns=\"http://eu.europa.ec/fpi/fsd/export\"><!-- "
                .getBytes(StandardCharsets.US_ASCII);
        assertRefused(new SequenceInputStream(new ByteArrayInputStream(head), new FillerStream(200L << 20)),
                "larger than 150 MB");
    }

    @Test
    void anUnknownFormatIsRefused() {
        assertThatThrownBy(() -> screening.importList("EU_CSV", stream(text(EU_V1))))
                .isInstanceOf(ListImportException.class).hasMessageContaining("Unknown list format EU_CSV");
    }

    @Test
    void namesThatCannotBeScreenedAreLeftOutWithAWarning() {
        ListImportResult result = screening.importList(EU, stream(euFile(
                euEntity("1", "... --- !!!")
                        + euEntity("2", "X".repeat(5000), "Orbital Logistics")
                        + euEntity("3", "🚀 Stellar Rocket Industries 🚀")
                        + euEntity("4", "Иван Smith Холдинг"))));
        awaitListUpdate(jdbc);
        assertThat(result.entries()).isEqualTo(3);
        assertThat(result.warnings()).hasSize(3).anySatisfy(w -> assertThat(w).startsWith("EU.1: no letters"))
                .anySatisfy(w -> assertThat(w).startsWith("EU.1: entry skipped"))
                .anySatisfy(w -> assertThat(w).startsWith("EU.2: longer than 500 characters"));
        assertThat(screening.screen("Stellar Rocket Industries", null)).extracting(ScreeningMatch::reference)
                .containsExactly("EU.3");
        assertThat(screening.screen("Ivan Smith Holding", null)).extracting(ScreeningMatch::reference)
                .containsExactly("EU.4");
        assertThat(screening.screen("Orbital Logistics", null)).extracting(ScreeningMatch::reference)
                .containsExactly("EU.2");
    }

    private void assertRefused(InputStream file, String... messageParts) {
        assertThatThrownBy(() -> screening.importList(EU, file)).isInstanceOf(ListImportException.class)
                .hasMessageContainingAll(messageParts).hasMessageContaining("previous version stays active");
        assertThat(jdbc.sql("SELECT id FROM screening_list_version WHERE source = ? AND active").param(EU)
                .query(Long.class).list()).containsExactly(activeVersion);
        assertThat(screening.screen("Ivan Sidorov", null)).extracting(ScreeningMatch::reference)
                .containsExactly("EU.101.11");
    }

    /** Endless-looking comment text, produced on the fly: a 200 MB upload without 200 MB in memory or on disk. */
    private static final class FillerStream extends InputStream {

        private long remaining;

        FillerStream(long bytes) {
            this.remaining = bytes;
        }

        @Override
        public int read() {
            return remaining-- > 0 ? 'x' : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (remaining <= 0) {
                return -1;
            }
            int n = (int) Math.min(length, remaining);
            Arrays.fill(buffer, offset, offset + n, (byte) 'x');
            remaining -= n;
            return n;
        }
    }
}
