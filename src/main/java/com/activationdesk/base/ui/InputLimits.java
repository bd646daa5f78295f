package com.activationdesk.base.ui;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextFieldBase;

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
        Span counter = new Span();
        counter.addClassName("char-counter");
        counter.getElement().setAttribute("aria-live", "polite");
        field.setSuffixComponent(counter);
        field.addValueChangeListener(event -> showCount(counter, event.getValue(), maxLength));
        showCount(counter, field.getValue(), maxLength);
    }

    private static void showCount(Span counter, String value, int maxLength) {
        int length = value == null ? 0 : value.length();
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
