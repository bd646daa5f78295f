package com.activationdesk;

import java.util.function.BiConsumer;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * #16 item 3 for password fields: the policy's maximum (128 by default) is shown as a count before it bites, more is
 * refused with a message at the field, and nothing is cut. Characters are code points, as the policy counts them.
 */
public final class PasswordFieldLimit {

    private static final String EMOJI = "\uD83D\uDE00"; // one character, two UTF-16 units

    private PasswordFieldLimit() {
    }

    /** @param type sets the field's value as the browser would */
    public static void assertShownAndNeverCut(PasswordField field, BiConsumer<PasswordField, String> type) {
        assertThat(field.getSuffixComponent()).as(field.getId().orElseThrow()).isInstanceOf(Span.class);
        Span counter = (Span) field.getSuffixComponent();
        assertThat(counter.isVisible()).as("no count while far from the limit").isFalse();

        type.accept(field, "x".repeat(110));
        assertThat(counter.isVisible()).as("counted from 80 %% of the limit").isTrue();
        assertThat(counter.getText()).isEqualTo("110/128");
        assertThat(field.isInvalid()).isFalse();

        String tooLong = "x".repeat(200);
        type.accept(field, tooLong);
        assertThat(field.getValue()).as("not cut").isEqualTo(tooLong);
        assertThat(counter.getText()).isEqualTo("200/128");
        assertThat(field.isInvalid()).as(field.getId().orElseThrow()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("At most 128 characters");

        type.accept(field, EMOJI.repeat(128));
        assertThat(counter.getText()).as("characters, not UTF-16 units").isEqualTo("128/128");
        assertThat(field.isInvalid()).isFalse();
    }
}
