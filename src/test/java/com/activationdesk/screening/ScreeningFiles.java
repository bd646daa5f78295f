package com.activationdesk.screening;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.awaitility.Awaitility.await;

/** The list files under src/test/resources/screening/ and variants of them built in memory. */
public final class ScreeningFiles {

    static final String EU_V1 = "eu-fsf-v1.xml";
    static final String EU_V2 = "eu-fsf-v2.xml";
    static final String UN = "un.xml";
    static final String OFAC = "ofac-sdn.xml";

    private ScreeningFiles() {
    }

    static byte[] bytes(String file) {
        try (InputStream in = ScreeningFiles.class.getResourceAsStream("/screening/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("No test file " + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String file) {
        return new String(bytes(file), StandardCharsets.UTF_8);
    }

    /**
     * Waits until the latest list update (an import through the contract starts one, re-screening in the
     * background) is no longer running, so it neither races the test's next steps nor runs into the next test.
     */
    public static void awaitListUpdate(JdbcClient jdbc) {
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(50)).until(() -> jdbc.sql(
                        "SELECT COUNT(*) FROM screening_list_update WHERE phase IN ('IMPORTING', 'RESCREENING')")
                .query(Long.class).single() == 0);
    }

    public static InputStream stream(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }

    /** An EU FSF file with the given sanctionEntity elements. */
    public static String euFile(String entities) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <export xmlns="http://eu.europa.ec/fpi/fsd/export" generationDate="2026-12-01T08:00:00.000+01:00">
                %s</export>
                """.formatted(entities);
    }

    public static String euEntity(String logicalId, String... names) {
        StringBuilder aliases = new StringBuilder();
        for (String name : names) {
            aliases.append("    <nameAlias wholeName=\"").append(name.replace("&", "&amp;").replace("\"", "&quot;")
                    .replace("<", "&lt;")).append("\" strong=\"true\"/>\n");
        }
        return """
                  <sanctionEntity euReferenceNumber="EU.%1$s" logicalId="%1$s">
                    <subjectType code="enterprise" classificationCode="E"/>
                %2$s  </sanctionEntity>
                """.formatted(logicalId, aliases);
    }
}
