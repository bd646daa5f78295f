package com.activationdesk.request.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The active filters at a glance, each as a chip whose cross removes that filter. */
final class FilterChips extends Div {

    FilterChips() {
        addClassName("filter-chips");
        setId("filter-chips");
    }

    void clear() {
        removeAll();
    }

    /**
     * Adds the chip {@code filter-chip-<name>} when the filter is active, i.e. its text is not empty.
     *
     * @param remove removes the filter and reports the filter without it
     */
    void chip(String name, String text, Runnable remove) {
        if (text == null || text.isBlank()) {
            return;
        }
        Button cross = new Button(new Icon(VaadinIcon.CLOSE_SMALL), e -> remove.run());
        cross.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        cross.setAriaLabel(getTranslation("requests.filter.remove", text));
        cross.setId("remove-filter-" + name);
        Span chip = new Span(new Span(text), cross);
        chip.addClassName("filter-chip");
        chip.setId("filter-chip-" + name);
        add(chip);
    }
}
