package com.activationdesk.base.i18n;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * Vaadin's view of the application's message bundles ({@code i18n/messages*.properties}), so views, mails and
 * domain errors share one source of texts.
 */
@Component
public class TranslationProvider implements I18NProvider {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale GERMAN = Locale.GERMAN;
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, GERMAN);

    private final MessageSource messageSource;

    public TranslationProvider(MessageSource messageSource) {
        this.messageSource = messageSource;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            return messageSource.getMessage(key, params, supported(locale));
        } catch (NoSuchMessageException e) {
            // A missing key must be visible in the UI, not crash it; the bundle test catches it before release.
            return "!" + key;
        }
    }

    /** The supported locale closest to the requested one; English when the language is not offered. */
    public static Locale supported(Locale locale) {
        if (locale != null && GERMAN.getLanguage().equals(locale.getLanguage())) {
            return GERMAN;
        }
        return ENGLISH;
    }
}
