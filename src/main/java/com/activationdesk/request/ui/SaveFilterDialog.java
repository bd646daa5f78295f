package com.activationdesk.request.ui;

import java.util.Map;

import com.activationdesk.base.ui.FieldErrors;
import com.activationdesk.base.ui.InputLimits;
import com.activationdesk.base.ui.Notifications;
import com.activationdesk.request.service.SavedFilters;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;

/** Asks for a name and saves the grid's current filter under it; a refused name is shown at the field. */
final class SaveFilterDialog extends Dialog {

    /**
     * @param query the grid's state as URL query, what the saved filter restores
     * @param saved runs after the filter was stored, e.g. to reload the list of saved filters
     */
    SaveFilterDialog(SavedFilters savedFilters, String query, Runnable saved) {
        setHeaderTitle(getTranslation("requests.filter.save"));
        TextField name = new TextField(getTranslation("requests.filter.name"));
        name.setId("filter-name");
        name.setWidthFull();
        InputLimits.countCharacters(name, SavedFilters.MAX_NAME);
        name.focus();
        Button confirm = new Button(getTranslation("action.save"), e -> {
            if (FieldErrors.attempt(() -> savedFilters.save(name.getValue(), query), Map.of("name", name), this::close)) {
                saved.run();
                close();
                Notifications.success(getTranslation("requests.filter.saved-ok", name.getValue().trim()));
            }
        });
        confirm.setId("confirm-save-filter");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.ENTER);
        add(name);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }
}
