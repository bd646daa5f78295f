package com.activationdesk.base.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16: texts with a number in them agree with it, "1 entry checked" but "2 entries checked", in English and
 * German. Read through the application's own bundles and the same {@link TranslationProvider} the views use.
 */
class CountedTextsTest {

    private static TranslationProvider texts;

    @BeforeAll
    static void bundlesAsTheApplicationConfiguresThem() throws IOException {
        Properties application = new Properties();
        try (InputStream in = CountedTextsTest.class.getResourceAsStream("/application.properties")) {
            application.load(in);
        }
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames(application.getProperty("spring.messages.basename").split(","));
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        texts = new TranslationProvider(messages);
    }

    @Test
    void auditChainVerification() {
        assertThat(en("audit.chain.intact", 1, 0.1, "#1")).isEqualTo("Chain intact: 1 entry checked in 0.1 s, last entry #1.");
        assertThat(en("audit.chain.intact", 2, 0.1, "#2")).isEqualTo("Chain intact: 2 entries checked in 0.1 s, last entry #2.");
        assertThat(de("audit.chain.intact", 1, 0.1, "#1")).isEqualTo("Kette unversehrt: 1 Eintrag in 0,1 s geprüft, letzter Eintrag #1.");
        assertThat(de("audit.chain.intact", 1234, 0.1, "#1234"))
                .isEqualTo("Kette unversehrt: 1.234 Einträge in 0,1 s geprüft, letzter Eintrag #1234.");
        assertThat(en("audit.chain.progress", 1, 1)).isEqualTo("1 of 1 entry checked");
        assertThat(en("audit.chain.progress", 0, 0)).isEqualTo("0 of 0 entries checked");
        assertThat(de("audit.chain.progress", 1, 1)).isEqualTo("1 von 1 Eintrag geprüft");
        assertThat(de("audit.chain.progress", 1, 5)).isEqualTo("1 von 5 Einträgen geprüft");
    }

    @Test
    void sanctionsListImportAndRescreening() {
        assertThat(en("screening.lists.imported", "EU list", 1, 1, 0, 0, 1))
                .isEqualTo("EU list imported: 1 entry (1 added, 0 changed, 0 removed; 1 name left out).");
        assertThat(en("screening.lists.imported", "EU list", 5000, 2, 0, 0, 2))
                .isEqualTo("EU list imported: 5000 entries (2 added, 0 changed, 0 removed; 2 names left out).");
        assertThat(de("screening.lists.imported", "EU-Liste", 1, 1, 0, 0, 1))
                .isEqualTo("EU-Liste importiert: 1 Eintrag (1 neu, 0 geändert, 0 entfernt; 1 Name ausgelassen).");
        assertThat(de("screening.lists.imported", "EU-Liste", 2, 2, 0, 0, 0))
                .isEqualTo("EU-Liste importiert: 2 Einträge (2 neu, 0 geändert, 0 entfernt; 0 Namen ausgelassen).");
        assertThat(en("screening.lists.done", "✓", 1, 1)).startsWith("✓ 1 request re-screened; new possible matches on 1 activated tenant (");
        assertThat(en("screening.lists.done", "✓", 2, 3)).startsWith("✓ 2 requests re-screened; new possible matches on 3 activated tenants (");
        assertThat(de("screening.lists.done", "✓", 1, 1)).startsWith("✓ 1 Antrag erneut geprüft; neue mögliche Treffer bei 1 aktivierten Mandanten (");
        assertThat(de("screening.lists.done", "✓", 2, 0)).startsWith("✓ 2 Anträge erneut geprüft;");
        assertThat(en("screening.lists.rescreening", "…", 0, 1)).isEqualTo("… Re-screening: 0 of 1 request.");
        assertThat(de("screening.lists.rescreening", "…", 0, 2)).isEqualTo("… Erneute Prüfung: 0 von 2 Anträgen.");
        assertThat(en("screening.evidence.version", "EU:7", "1 Dec", 1, "2 Dec", "admin", "ab12"))
                .isEqualTo("EU:7: published 1 Dec, 1 entry, imported 2 Dec by admin, SHA-256 ab12");
        assertThat(de("screening.evidence.version", "EU:7", "1. Dez.", 2, "2. Dez.", "admin", "ab12"))
                .isEqualTo("EU:7: veröffentlicht 1. Dez., 2 Einträge, importiert 2. Dez. von admin, SHA-256 ab12");
    }

    @Test
    void apiRetryAfter() {
        assertThat(en("api.problem.rate-limited.detail", 1L)).endsWith("Try again in 1 second.");
        assertThat(en("api.problem.rate-limited.detail", 42L)).endsWith("Try again in 42 seconds.");
        assertThat(de("api.problem.rate-limited.detail", 1L)).endsWith("Versuchen Sie es in 1 Sekunde erneut.");
        assertThat(de("api.problem.rate-limited.detail", 42L)).endsWith("Versuchen Sie es in 42 Sekunden erneut.");
    }

    /** Dashboard cards and grid totals take {@code key.one} for one and {@code key.other} otherwise. */
    @Test
    void countedNounsHaveBothForms() {
        assertThat(en("dashboard.partner.invitations-expired.one")).isEqualTo("Invitation expired");
        assertThat(en("dashboard.partner.invitations-expired.other")).isEqualTo("Invitations expired");
        assertThat(de("dashboard.partner.invitations-expired.one")).isEqualTo("Einladung abgelaufen");
        assertThat(de("dashboard.partner.invitations-expired.other")).isEqualTo("Einladungen abgelaufen");
    }

    private static String en(String key, Object... args) {
        return texts.getTranslation(key, Locale.ENGLISH, args);
    }

    private static String de(String key, Object... args) {
        return texts.getTranslation(key, Locale.GERMAN, args);
    }
}
