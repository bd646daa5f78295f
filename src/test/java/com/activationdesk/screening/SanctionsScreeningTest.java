package com.activationdesk.screening;

import java.util.List;

import com.activationdesk.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.activationdesk.screening.ScreeningFiles.awaitListUpdate;
import static com.activationdesk.screening.ScreeningFiles.EU_V1;
import static com.activationdesk.screening.ScreeningFiles.EU_V2;
import static com.activationdesk.screening.ScreeningFiles.OFAC;
import static com.activationdesk.screening.ScreeningFiles.UN;
import static com.activationdesk.screening.ScreeningFiles.bytes;
import static com.activationdesk.screening.ScreeningFiles.euEntity;
import static com.activationdesk.screening.ScreeningFiles.euFile;
import static com.activationdesk.screening.ScreeningFiles.stream;
import static com.activationdesk.screening.ScreeningFiles.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract on the three list formats: versioned imports, recall on spelling variants, no match for other
 * names. Every test starts from the same three lists (each import replaces its source's previous version).
 */
@IntegrationTest
class SanctionsScreeningTest {

    @Autowired
    SanctionsScreening screening;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void importTheThreeLists() {
        screening.importList("EU_FSF_XML", stream(text(EU_V1)));
        awaitListUpdate(jdbc);
        screening.importList("UN_XML", stream(text(UN)));
        awaitListUpdate(jdbc);
        screening.importList("OFAC_SDN_XML", stream(text(OFAC)));
        awaitListUpdate(jdbc);
    }

    @Test
    void anImportIsAVersionWithTheFilesDateHashAndCounts() {
        ListImportResult result = screening.importList("UN_XML", stream(text(UN)));
        awaitListUpdate(jdbc);
        assertThat(result.source()).isEqualTo("UN_XML");
        assertThat(result.publicationDate()).hasToString("2026-11-18");
        assertThat(result.sha256()).isEqualTo(java.util.HexFormat.of().formatHex(sha256(bytes(UN))));
        assertThat(result.entries()).isEqualTo(2);
        assertThat(result.aliases()).isEqualTo(4);
        assertThat(result.added()).isZero(); // the same file again: nothing new, nothing changed
        assertThat(result.changed()).isZero();
        assertThat(result.removed()).isZero();
        assertThat(result.importedBy()).isEqualTo("system");
        assertThat(result.importedAt()).isNotNull();
        assertThat(result.warnings()).isEmpty();
        assertThat(screening.importList("OFAC_SDN_XML", stream(text(OFAC))).publicationDate())
                .hasToString("2026-11-14");
        awaitListUpdate(jdbc);
    }

    @Test
    void aNewVersionReplacesThePreviousOneAndCountsTheDifference() {
        ListImportResult second = screening.importList("EU_FSF_XML", stream(text(EU_V2)));
        awaitListUpdate(jdbc);
        assertThat(second.publicationDate()).hasToString("2026-11-27");
        assertThat(List.of(second.entries(), second.added(), second.changed(), second.removed()))
                .containsExactly(5, 1, 1, 1);
        assertThat(screening.screen("Georgios Papadopoulos", null)).as("delisted in version 2").isEmpty();
        assertThat(screening.screen("Kestrel Avionics", "IR")).singleElement()
                .satisfies(match -> assertThat(match.reference()).isEqualTo("EU.106.66"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            IVAN PETROVICH SIDOROV              | EU.101.11
            ivan petrovich sidorov              | EU.101.11
            Sidorov Ivan Petrovich              | EU.101.11
            Ivan Sidorov                        | EU.101.11
            Ivan Sidorvo                        | EU.101.11
            Iwan Sidorow                        | EU.101.11
            Иван Сидоров                        | EU.101.11
            MÜLLER PRÄZISIONSTECHNIK            | EU.102.22
            Mueller Prazisionstechnik AG        | EU.102.22
            Müller Präzisionstechnik Ltd.       | EU.102.22
            Georgios Papadopoulos               | EU.103.33
            Γεώργιος Παπαδόπουλος               | EU.103.33
            Nordlicht Handelsgesellschaft       | EU.104.44
            Nordlicht Handelsgesellschaft LLC   | EU.104.44
            Abdullah Al-Farsi                   | EU.105.55
            عبد الله الفارسي                    | EU.105.55
            Tariq Hakimi                        | QDi.901
            Eastern Star Shipping Co. Ltd       | KPe.902
            Carlos Alberto Rivera Mendoza       | SDN 7001
            Rivera Mendoza, Carlos              | SDN 7001
            Blue Horizon Trading SA             | SDN 7002
            Blue Horizn Tradng                  | SDN 7002
            """)
    void findsTheListedEntryInSpellingVariants(String name, String reference) {
        assertThat(screening.screen(name, null)).first().satisfies(match -> {
            assertThat(match.reference()).isEqualTo(reference);
            assertThat(match.score()).isBetween(0.85, 1.0);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"Siemens AG", "Maria Schmidt", "Ivan Petrov", "Sidorov", "Blue Ocean Consulting GmbH",
            "Nordwind Logistik GmbH", "Papadopoulos", "Carla Romero"})
    void findsNothingForDifferentNames(String name) {
        assertThat(screening.screen(name, "DE")).isEmpty();
    }

    @Test
    void aMatchNamesTheAliasTheReferenceTheSourceAndTheCountry() {
        List<ScreeningMatch> matches = screening.screen("Иван Петрович Сидоров", "RU");
        assertThat(matches).singleElement().satisfies(match -> {
            assertThat(match.listedName()).isEqualTo("Иван Петрович Сидоров");
            assertThat(match.reference()).isEqualTo("EU.101.11");
            assertThat(match.source()).isEqualTo("EU_FSF_XML");
            assertThat(match.score()).isEqualTo(1.0);
            assertThat(match.countryMatches()).isTrue();
        });
        assertThat(screening.screen("Ivan Sidorov", "DE").getFirst().countryMatches()).isFalse();
    }

    @Test
    void matchesComeBestFirst() {
        screening.importList("EU_FSF_XML", stream(euFile(euEntity("1", "Kestrel Avionics")
                + euEntity("2", "Kestrel Avionic Systems") + euEntity("3", "Kestral Avionics"))));
        awaitListUpdate(jdbc);
        List<ScreeningMatch> matches = screening.screen("Kestrel Avionics", null);
        assertThat(matches).extracting(ScreeningMatch::reference).startsWith("EU.1");
        assertThat(matches).extracting(ScreeningMatch::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "!!! ... ---", "🚀🔥"})
    void aNameWithoutLettersMatchesNothing(String name) {
        assertThat(screening.screen(name, null)).isEmpty();
    }

    @Test
    void aFiveThousandCharacterNameIsScreenedWithoutError() {
        assertThat(screening.screen("Ivan Sidorov " + "x".repeat(5000), null)).isNotNull();
        assertThat(screening.screen("Ivan Sidorov".repeat(420), null)).isNotNull();
    }

    private static byte[] sha256(byte[] content) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(content);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
