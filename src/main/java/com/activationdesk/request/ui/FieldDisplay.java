package com.activationdesk.request.ui;

import java.time.LocalDate;
import java.util.Arrays;

import com.activationdesk.base.ui.Formats;
import com.activationdesk.base.ui.Texts;
import com.activationdesk.request.domain.Licensing;
import com.activationdesk.request.domain.Platform;
import com.activationdesk.request.domain.RequestField;
import com.vaadin.flow.component.UI;

/**
 * How the detail view and its timeline write a request field's value: codes in words, dates and declarations in
 * the viewer's language. The fields themselves (names, groups, order) come from {@link RequestField}.
 */
final class FieldDisplay {

    private final Formats format;

    FieldDisplay(Formats format) {
        this.format = format;
    }

    /** An entered value ({@link RequestField#value}) in words; {@code null} when nothing was entered. */
    String value(RequestField field, Object value) {
        return switch (value) {
            case null -> null;
            case Boolean given -> yesNo(given);
            case LocalDate date -> format.date(date);
            case Platform platform -> translate(platform.messageKey());
            case Licensing licensing -> translate(licensing.messageKey());
            case String code when field == RequestField.COUNTRY -> format.country(code);
            case String code when field == RequestField.ADMIN_LANGUAGE -> Formats.language(code);
            default -> value.toString();
        };
    }

    /**
     * A value as the audit trail stored it ({@link RequestField#printable}) in words; changes of other fields
     * (routing, tenant id) stay as stored.
     */
    String stored(String key, String printable) {
        RequestField field = Arrays.stream(RequestField.values()).filter(f -> f.key().equals(key)).findFirst().orElse(null);
        if (field == null) {
            return printable;
        }
        return switch (field) {
            case PLATFORM -> Texts.firstOf(printable, "request.platform." + printable);
            case LICENSING -> Texts.firstOf(printable, "request.licensing." + printable);
            case COUNTRY -> format.country(printable);
            case DECLARATION_NO_UNIFY_VIDEO, DECLARATION_DATA_CORRECT -> yesNo(Boolean.parseBoolean(printable));
            default -> printable;
        };
    }

    static String yesNo(boolean value) {
        return translate(value ? "request.detail.yes" : "request.detail.no");
    }

    private static String translate(String key) {
        return UI.getCurrent().getTranslation(key);
    }
}
