package com.activationdesk.organization.ui;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.activationdesk.base.ui.InputLimits;
import com.activationdesk.organization.domain.OrganizationType;
import com.activationdesk.organization.domain.PartnerTier;
import com.activationdesk.organization.domain.Role;
import com.activationdesk.organization.service.OrganizationForm;
import com.activationdesk.organization.service.OrganizationRow;
import com.activationdesk.organization.service.OrganizationService;
import com.activationdesk.organization.service.UserRow;
import com.activationdesk.organization.service.UserService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * Creates or edits one organisation. Only the assignments that apply to the chosen type and tier are shown: a
 * CAM for tier-1 partners, distributors for tier-2 partners, a DAM for distributors. The type of an existing
 * organisation is fixed.
 */
class OrganizationDialog extends AdminFormDialog {

    private static final int MAX_NAME_LENGTH = 200;
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final OrganizationService organizations;
    private final OrganizationRow existing;

    private final TextField name = new TextField();
    private final Select<OrganizationType> type = new Select<>();
    private final Select<PartnerTier> tier = new Select<>();
    private final TextField country = new TextField();
    private final ComboBox<Long> cam = new ComboBox<>();
    private final ComboBox<Long> dam = new ComboBox<>();
    private final MultiSelectComboBox<Long> distributors = new MultiSelectComboBox<>();
    private final Binder<OrganizationForm> binder = new Binder<>(OrganizationForm.class);

    /** @param existing the organisation to edit, {@code null} to create one */
    OrganizationDialog(OrganizationService organizations, UserService users, OrganizationRow existing, Runnable onChange) {
        super(onChange);
        this.organizations = organizations;
        this.existing = existing;
        setId("organization-dialog");
        setHeaderTitle(getTranslation(existing == null ? "organization.new" : "organization.edit"));
        setWidth("36rem");
        configureFields(users);
        bind();
        add(new FormLayout(name, type, tier, country, cam, dam, distributors));

        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("cancel");
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER); // Flow scopes it to the dialog while the modal dialog is open
        getFooter().add(cancel, save);

        binder.readBean(existing == null ? null : new OrganizationForm(existing.name(), existing.type(), existing.tier(),
                existing.country(), existing.camId(), existing.damId(), Set.copyOf(existing.distributorIds())));
        type.setReadOnly(existing != null);
    }

    private void configureFields(UserService users) {
        name.setId("organization-name");
        name.setLabel(getTranslation("organization.field.name"));
        InputLimits.countCharacters(name, MAX_NAME_LENGTH);
        name.setValueChangeMode(ValueChangeMode.EAGER);

        type.setId("organization-type");
        type.setLabel(getTranslation("organization.field.type"));
        type.setItems(OrganizationType.values());
        type.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
        type.addValueChangeListener(e -> showApplicableFields());

        tier.setId("organization-tier");
        tier.setLabel(getTranslation("organization.field.tier"));
        tier.setItems(PartnerTier.values());
        tier.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
        tier.setRequiredIndicatorVisible(true);
        tier.addValueChangeListener(e -> showApplicableFields());

        country.setId("organization-country");
        country.setLabel(getTranslation("organization.field.country"));
        country.setMaxLength(2);
        country.setAllowedCharPattern("[A-Za-z]");
        country.setPlaceholder("DE");
        country.setHelperText(getTranslation("validation.country"));
        country.setValueChangeMode(ValueChangeMode.EAGER);
        country.addValueChangeListener(e -> {
            String upper = e.getValue().toUpperCase(Locale.ROOT);
            if (!upper.equals(e.getValue())) {
                country.setValue(upper);
            }
        });

        Map<Long, String> camNames = names(users.findEnabledByRole(Role.CAM));
        Map<Long, String> damNames = names(users.findEnabledByRole(Role.DAM));
        if (existing != null) {
            // A manager disabled since the assignment stays visible, so saving cannot drop it silently.
            if (existing.camId() != null) {
                camNames.putIfAbsent(existing.camId(), existing.camName());
            }
            if (existing.damId() != null) {
                damNames.putIfAbsent(existing.damId(), existing.damName());
            }
        }
        choices(cam, "organization-cam", "organization.field.cam", camNames);
        choices(dam, "organization-dam", "organization.field.dam", damNames);

        Map<Long, String> distributorNames = new LinkedHashMap<>();
        organizations.findByType(OrganizationType.DISTRIBUTOR).forEach(row -> distributorNames.put(row.id(), row.name()));
        distributors.setId("organization-distributors");
        distributors.setLabel(getTranslation("organization.field.distributors"));
        distributors.setItems(distributorNames.keySet());
        distributors.setItemLabelGenerator(distributorNames::get);
    }

    private void choices(ComboBox<Long> field, String id, String labelKey, Map<Long, String> labels) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setItems(labels.keySet());
        field.setItemLabelGenerator(labels::get);
        field.setClearButtonVisible(true);
        InputLimits.listOnly(field, typed -> labels.entrySet().stream()
                .filter(entry -> entry.getValue().equalsIgnoreCase(typed)).map(Map.Entry::getKey).findFirst());
    }

    private static Map<Long, String> names(Iterable<UserRow> users) {
        Map<Long, String> names = new LinkedHashMap<>();
        users.forEach(user -> names.put(user.id(), user.displayName()));
        return names;
    }

    private void bind() {
        String required = getTranslation("validation.required");
        binder.forField(name).asRequired(required)
                .withValidator(value -> !value.isBlank(), required)
                .bind("name");
        binder.forField(type).asRequired(required).bind("type");
        binder.forField(tier)
                .withValidator(value -> value != null || type.getValue() != OrganizationType.PARTNER, required)
                .bind("tier");
        binder.forField(country).withNullRepresentation("")
                .withValidator(value -> value == null || COUNTRIES.contains(value), getTranslation("validation.country"))
                .bind("country");
        binder.forField(cam).bind("camId");
        binder.forField(dam).bind("damId");
        binder.forField(distributors).bind("distributorIds");
    }

    /** Hidden fields are cleared: an assignment that does not apply to the type must not be sent. */
    private void showApplicableFields() {
        boolean partner = type.getValue() == OrganizationType.PARTNER;
        show(tier, partner);
        show(cam, partner && tier.getValue() == PartnerTier.TIER_1);
        show(distributors, partner && tier.getValue() == PartnerTier.TIER_2);
        show(dam, type.getValue() == OrganizationType.DISTRIBUTOR);
    }

    private static <F extends Component & HasValue<?, ?>> void show(F field, boolean visible) {
        if (!visible) {
            field.clear();
        }
        field.setVisible(visible);
    }

    private void save() {
        OrganizationForm form;
        try {
            form = binder.writeRecord();
        } catch (ValidationException invalid) {
            return; // the binder already marks the fields
        }
        store(() -> {
            if (existing == null) {
                organizations.create(form);
            } else {
                organizations.update(existing.id(), existing.version(), form);
            }
        }, getTranslation("organization.saved", form.name().trim()));
    }

    @Override
    Map<String, HasValidation> fields() {
        return Map.of("name", name, "type", type, "tier", tier, "country", country,
                "camId", cam, "damId", dam, "distributorIds", distributors);
    }
}
