package com.activationdesk.base.ui;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * Fields that say what they will not take, before or when it happens, instead of dropping it silently: a text
 * field counts its characters as the limit comes near (the browser stops input at the limit, so without the count
 * a pasted text would be cut without a word), and a combo box refuses text that is not one of its entries.
 */
public final class InputLimits {

    /** The counter appears once a text has reached this share of its limit. */
    private static final double COUNT_FROM = 0.8;

    private InputLimits() {
    }

    /**
     * Limits the field to {@code maxLength} characters and counts them ("180/200") in the field from 80 % of the
     * limit on; at the limit the count is marked, so a cut paste is visible.
     */
    public static void countCharacters(TextFieldBase<?, String> field, int maxLength) {
        field.getElement().setProperty("maxlength", maxLength);
        Span counter = counter();
        field.setSuffixComponent(counter);
        field.addValueChangeListener(event -> showCount(counter, length(event.getValue()), maxLength));
        showCount(counter, length(field.getValue()), maxLength);
    }

    /**
     * Counts the characters (code points, as the password policy does) against a limit the field never enforces by
     * cutting: the count shows from 80 % of the limit on, and beyond it the field says at once that the text is too
     * long. For passwords, where a cut would silently change the secret; the service refuses the same.
     */
    public static void countWithoutCutting(TextFieldBase<?, String> field, int maxLength) {
        Span counter = counter();
        field.setSuffixComponent(counter);
        if (field.getValueChangeMode() == ValueChangeMode.ON_CHANGE) {
            field.setValueChangeMode(ValueChangeMode.LAZY); // count while typing, not only on leaving the field
        }
        String tooLong = field.getTranslation("validation.max-length-n", maxLength);
        field.addValueChangeListener(event -> {
            int length = event.getValue() == null ? 0 : event.getValue().codePointCount(0, event.getValue().length());
            showCount(counter, length, maxLength);
            if (length > maxLength) {
                field.setErrorMessage(tooLong);
                field.setInvalid(true);
            } else if (tooLong.equals(field.getErrorMessage())) {
                field.setInvalid(false);
            }
        });
        showCount(counter, 0, maxLength);
    }

    private static Span counter() {
        Span counter = new Span();
        counter.addClassName("char-counter");
        counter.getElement().setAttribute("aria-live", "polite");
        return counter;
    }

    private static int length(String value) {
        return value == null ? 0 : value.length();
    }

    private static void showCount(Span counter, int length, int maxLength) {
        counter.setVisible(length >= maxLength * COUNT_FROM);
        counter.setText(length + "/" + maxLength);
        counter.setClassName("at-limit", length >= maxLength);
        counter.setTitle(counter.getTranslation("validation.max-length-n", maxLength));
    }

    /**
     * Refuses typed text that matches no entry: the field empties (so it never shows text that is not its value)
     * and says at the field which text was refused. Text that names an entry exactly (its label, or what
     * {@code exactMatch} recognises, e.g. a country code) selects that entry.
     *
     * @param exactMatch finds the entry the text names exactly, e.g. "de" for Germany
     * @param refused    shows the refusal at the field, given the message; by default the field's error message
     */
    public static <T> void listOnly(ComboBox<T> box, Function<String, Optional<T>> exactMatch,
                                    Consumer<String> refused) {
        box.setAllowCustomValue(true);
        box.addCustomValueSetListener(event -> {
            String typed = event.getDetail().strip();
            Optional<T> match = exactMatch.apply(typed);
            if (match.isPresent()) {
                box.setValue(match.get());
                return;
            }
            box.clear();
            // The client keeps its text when the value was empty already: clear the input there too.
            box.getElement().executeJs("this.inputElement.value = ''; this._inputElementValue = '';");
            refused.accept(box.getTranslation("validation.not-in-list", typed));
        });
    }

    /** As {@link #listOnly(ComboBox, Function, java.util.function.Consumer)}, the refusal as the field's error. */
    public static <T> void listOnly(ComboBox<T> box, Function<String, Optional<T>> exactMatch) {
        listOnly(box, exactMatch, message -> {
            box.setErrorMessage(message);
            box.setInvalid(true);
        });
    }

    /** The ISO country code the text names: the code itself or the country's name in the viewer's language. */
    public static Optional<String> country(String text, Locale locale) {
        return Arrays.stream(Locale.getISOCountries())
                .filter(code -> code.equalsIgnoreCase(text)
                        || Locale.of("", code).getDisplayCountry(locale).equalsIgnoreCase(text)
                        || Formats.country(code, locale).equalsIgnoreCase(text))
                .findFirst();
    }
}
