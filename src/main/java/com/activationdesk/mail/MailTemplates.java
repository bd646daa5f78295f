package com.activationdesk.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.activationdesk.base.i18n.TranslationProvider;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Renders {@code mail/<template>_<lang>.txt} and {@code .html} from the classpath. Deliberately tiny:
 * <ul>
 * <li>{@code {{name}}} is replaced by the model value, HTML-escaped in the HTML part, so no value (a customer
 * name, a return reason) can inject markup into a mail;</li>
 * <li>{@code {{#name}}…{{/name}}} keeps its content only when the model has a non-blank value for name;</li>
 * <li>the first line of the text template is {@code Subject: …}, followed by an empty line.</li>
 * </ul>
 * A placeholder without a model value is a programming error and fails the enqueue (and with it the business
 * transaction) rather than sending a mail with a hole in it.
 */
@Component
class MailTemplates {

    private static final Pattern SECTION = Pattern.compile("\\{\\{#([\\w-]+)}}(.*?)\\{\\{/\\1}}", Pattern.DOTALL);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([\\w-]+)}}");
    private static final String SUBJECT_PREFIX = "Subject: ";

    private final Map<String, String> cache = new ConcurrentHashMap<>();

    RenderedMail render(String template, Locale locale, Map<String, Object> model) {
        String language = TranslationProvider.supported(locale).getLanguage();
        String text = fill(load(template, language, "txt"), model, UnaryOperator.identity(), template);
        int headerEnd = text.indexOf("\n\n");
        if (!text.startsWith(SUBJECT_PREFIX) || headerEnd < 0) {
            throw new IllegalStateException("Mail template " + template + "_" + language
                    + ".txt must start with 'Subject: ...' and an empty line");
        }
        String subject = text.substring(SUBJECT_PREFIX.length(), headerEnd).strip();
        String body = text.substring(headerEnd + 2);
        // Escapes only what HTML needs (<, >, &, quotes); umlauts stay readable in the UTF-8 part.
        String html = fill(load(template, language, "html"), model, value -> HtmlUtils.htmlEscape(value, "UTF-8"),
                template);
        return new RenderedMail(subject, body, html);
    }

    private static String fill(String source, Map<String, Object> model, UnaryOperator<String> escape, String template) {
        String withSections = SECTION.matcher(source).replaceAll(section -> {
            Object value = model.get(section.group(1));
            boolean present = value != null && !value.toString().isBlank();
            return Matcher.quoteReplacement(present ? section.group(2) : "");
        });
        return PLACEHOLDER.matcher(withSections).replaceAll(placeholder -> {
            Object value = model.get(placeholder.group(1));
            if (value == null) {
                throw new IllegalStateException("Mail template " + template + " uses {{" + placeholder.group(1)
                        + "}}, but the model has no value for it");
            }
            return Matcher.quoteReplacement(escape.apply(value.toString()));
        });
    }

    private String load(String template, String language, String extension) {
        String path = "mail/" + template + "_" + language + "." + extension;
        return cache.computeIfAbsent(path, p -> {
            try (InputStream in = new ClassPathResource(p).getInputStream()) {
                // Templates are edited on any OS: one line-ending convention for the subject split and the parts.
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
            } catch (IOException e) {
                throw new UncheckedIOException("Mail template " + p + " is missing", e);
            }
        });
    }
}
