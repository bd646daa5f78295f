package com.activationdesk.organization.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.activationdesk.base.ui.Formats;
import com.activationdesk.base.ui.InputLimits;
import com.activationdesk.organization.domain.Role;
import com.activationdesk.organization.service.OrganizationService;
import com.activationdesk.organization.service.PasswordPolicy;
import com.activationdesk.organization.service.UserForm;
import com.activationdesk.organization.service.UserRow;
import com.activationdesk.organization.service.UserService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * Creates a user (with an initial password) or edits one (without). The organisation list offers only
 * organisations of the type the chosen role belongs to.
 */
class UserDialog extends AdminFormDialog {

    private static final List<String> LANGUAGES = List.of("de", "en");
    /** The columns' lengths: the longest address SMTP delivers, and the display name. */
    private static final int MAX_EMAIL_LENGTH = 254;
    private static final int MAX_NAME_LENGTH = 120;

    private final UserService users;
    private final OrganizationService organizations;
    private final UserRow existing;

    private final EmailField email = new EmailField();
    private final TextField displayName = new TextField();
    private final Select<Role> role = new Select<>();
    private final ComboBox<Long> organization = new ComboBox<>();
    private final Select<String> language = new Select<>();
    private final PasswordInput password;
    private final Binder<UserForm> binder = new Binder<>(UserForm.class);
    private Map<Long, String> organizationNames = Map.of();

    /** @param existing the user to edit, {@code null} to create one */
    UserDialog(UserService users, OrganizationService organizations, PasswordPolicy policy, UserRow existing,
               Runnable onChange) {
        super(onChange);
        this.users = users;
        this.organizations = organizations;
        this.existing = existing;
        setId("user-dialog");
        setHeaderTitle(getTranslation(existing == null ? "user.new" : "user.edit"));
        setWidth("36rem");
        configureFields();
        bind();
        FormLayout form = new FormLayout(email, displayName, role, organization, language);
        if (existing == null) {
            password = new PasswordInput(policy, "user-password", "user.field.password", email::getValue);
            form.add(password);
        } else {
            password = null;
        }
        add(form);

        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("cancel");
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER); // Flow scopes it to the dialog while the modal dialog is open
        getFooter().add(cancel, save);

        binder.readBean(existing == null ? null : new UserForm(existing.email(), existing.displayName(), existing.role(),
                existing.organizationId(), existing.preferredLanguage()));
    }

    private void configureFields() {
        email.setId("user-email");
        email.setLabel(getTranslation("user.field.email"));
        email.setValueChangeMode(ValueChangeMode.EAGER);
        InputLimits.countCharacters(email, MAX_EMAIL_LENGTH);

        displayName.setId("user-name");
        displayName.setLabel(getTranslation("user.field.name"));
        InputLimits.countCharacters(displayName, MAX_NAME_LENGTH);
        displayName.setValueChangeMode(ValueChangeMode.EAGER);

        role.setId("user-role");
        role.setLabel(getTranslation("user.field.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
        role.addValueChangeListener(e -> offerOrganizationsFor(e.getValue()));

        organization.setId("user-organization");
        organization.setLabel(getTranslation("user.field.organization"));
        organization.setItemLabelGenerator(id -> organizationNames.get(id));
        InputLimits.listOnly(organization, typed -> organizationNames.entrySet().stream()
                .filter(entry -> entry.getValue().equalsIgnoreCase(typed)).map(Map.Entry::getKey).findFirst());

        language.setId("user-language");
        language.setLabel(getTranslation("user.field.language"));
        language.setItems(LANGUAGES);
        // The empty entry (follow the browser) is labelled through the generator too.
        language.setItemLabelGenerator(code -> code == null ? getTranslation("user.language.browser") : Formats.language(code));
        language.setEmptySelectionAllowed(true);
        language.setEmptySelectionCaption(getTranslation("user.language.browser"));
    }

    private void bind() {
        String required = getTranslation("validation.required");
        binder.forField(email).asRequired(required)
                .withValidator(new EmailValidator(getTranslation("validation.email")))
                .bind("email");
        binder.forField(displayName).asRequired(required)
                .withValidator(value -> !value.isBlank(), required)
                .bind("displayName");
        binder.forField(role).asRequired(required).bind("role");
        binder.forField(organization).asRequired(required).bind("organizationId");
        binder.forField(language).bind("preferredLanguage");
    }

    /**
     * Offers the organisations the role belongs to. An organisation chosen before that does not fit the new role
     * is removed, and the field says why.
     */
    private void offerOrganizationsFor(Role newRole) {
        Map<Long, String> fitting = new LinkedHashMap<>();
        if (newRole != null) {
            organizations.findByType(newRole.organizationType()).forEach(row -> fitting.put(row.id(), row.name()));
        }
        Long chosen = organization.getValue();
        boolean misfit = chosen != null && !fitting.containsKey(chosen);
        if (misfit) {
            organization.clear(); // before the items change: the old label is no longer known then
        }
        organizationNames = fitting;
        organization.setItems(fitting.keySet());
        if (misfit) {
            organization.setErrorMessage(getTranslation("user.error.role-organization-mismatch",
                    getTranslation(newRole.messageKey()), getTranslation(newRole.organizationType().messageKey())));
            organization.setInvalid(true);
        }
    }

    private void save() {
        boolean passwordAcceptable = password == null || password.validate();
        UserForm form;
        try {
            form = binder.writeRecord();
        } catch (ValidationException invalid) {
            return; // the binder already marks the fields
        }
        if (!passwordAcceptable) {
            return;
        }
        store(() -> {
            if (existing == null) {
                users.create(form, password.getValue());
            } else {
                users.update(existing.id(), existing.version(), form);
            }
        }, getTranslation("user.saved", form.displayName().trim()));
    }

    @Override
    Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>(Map.<String, HasValidation>of("email", email,
                "displayName", displayName, "role", role, "organizationId", organization, "preferredLanguage", language));
        if (password != null) {
            fields.put("password", password.field());
        }
        return fields;
    }
}
