package com.activationdesk.mail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The tiny template renderer, and that every template exists in German and English with the same placeholders. */
class MailTemplatesTest {

    private static final Pattern TAG = Pattern.compile("\\{\\{[#/]?([\\w-]+)}}");
    private final MailTemplates templates = new MailTemplates();

    @Test
    void valuesAreEscapedInHtmlOnlyAndOptionalSectionsDisappearWithoutAValue() {
        Map<String, Object> model = Map.of("subject", "Ärger & <Spaß>", "name", "O'Neil \"Bob\" <b>",
                "message", "Line <1>", "reference", "UP-1", "customerName", "A & B");

        RenderedMail mail = templates.render(NotificationMails.TEMPLATE, Locale.ENGLISH, model);

        assertThat(mail.subject()).isEqualTo("Ärger & <Spaß>");
        assertThat(mail.text()).startsWith("Hello O'Neil \"Bob\" <b>,").contains("Line <1>", "End customer: A & B")
                .doesNotContain("{{", "Comment", "null");
        assertThat(mail.html()).contains("<title>Ärger &amp; &lt;Spaß&gt;</title>",
                "Hello O&#39;Neil &quot;Bob&quot; &lt;b&gt;,", "End customer: A &amp; B")
                .doesNotContain("<b>,", "blockquote", "{{");
    }

    @Test
    void aSectionAppearsWhenItsValueIsPresentAndGermanIsChosenForGermanLocales() {
        Map<String, Object> model = Map.of("subject", "s", "name", "n", "message", "m", "reference", "r",
                "customerName", "c", "commentLabel", "Begründung", "comment", "zu <spät>");

        RenderedMail mail = templates.render(NotificationMails.TEMPLATE, Locale.forLanguageTag("de-AT"), model);

        assertThat(mail.text()).startsWith("Guten Tag n,").contains("Begründung:\nzu <spät>");
        assertThat(mail.html()).contains("<blockquote", "zu &lt;spät&gt;</blockquote>");
    }

    @Test
    void aPlaceholderWithoutValueFails() {
        assertThatThrownBy(() -> templates.render(NotificationMails.TEMPLATE, Locale.ENGLISH, Map.of("subject", "s")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("{{name}}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"invitation", "notification"})
    void everyTemplateHasBothLanguagesAndPartsWithTheSamePlaceholders(String template) throws IOException {
        Set<String> reference = placeholders(template + "_en.txt");
        for (String file : new String[] {template + "_de.txt", template + "_en.html", template + "_de.html"}) {
            Set<String> names = placeholders(file);
            names.remove("subject"); // only the HTML <title> repeats the subject
            assertThat(names).as(file).isEqualTo(without(reference, "subject"));
        }
        assertThat(read(template + "_de.txt")).startsWith("Subject: ");
        assertThat(read(template + "_en.txt")).startsWith("Subject: ");
    }

    private static Set<String> without(Set<String> names, String name) {
        Set<String> copy = new TreeSet<>(names);
        copy.remove(name);
        return copy;
    }

    private static Set<String> placeholders(String file) throws IOException {
        Set<String> names = new TreeSet<>();
        Matcher matcher = TAG.matcher(read(file));
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static String read(String file) throws IOException {
        try (InputStream in = new ClassPathResource("mail/" + file).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
