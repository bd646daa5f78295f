package com.activationdesk.request.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.activationdesk.base.domain.ConcurrentChangeException;
import com.activationdesk.base.domain.DomainException;
import com.activationdesk.base.domain.FieldValidationException;
import com.activationdesk.base.domain.NotFoundException;
import com.activationdesk.base.ui.ActorLabels;
import com.activationdesk.base.ui.Formats;
import com.activationdesk.organization.domain.PartnerTier;
import com.activationdesk.organization.service.ContactPerson;
import com.activationdesk.organization.service.OrganizationService;
import com.activationdesk.request.RequestBadges;
import com.activationdesk.request.RequestLinks;
import com.activationdesk.request.domain.Company;
import com.activationdesk.request.domain.CustomerData;
import com.activationdesk.request.domain.Declarations;
import com.activationdesk.request.domain.Licensing;
import com.activationdesk.request.domain.Platform;
import com.activationdesk.request.domain.PlatformPlan;
import com.activationdesk.request.domain.RequestAction;
import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.request.domain.TenantAdministrator;
import com.activationdesk.request.service.DistributorChoice;
import com.activationdesk.request.service.FieldProblem;
import com.activationdesk.request.service.InvalidRequestException;
import com.activationdesk.request.service.PartnerRouting;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.request.service.RequestForm;
import com.activationdesk.request.service.RequestService;
import com.activationdesk.request.service.RequestValidator;
import com.activationdesk.sla.SlaProperties;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;

/**
 * The partner's request form, for a new request ({@code requests/new}) and for correcting a draft or returned
 * one ({@code requests/:id/edit}). Every change is checked at once by {@link RequestService#check} and the
 * findings are shown at their fields; nothing here decides what is valid. "Save draft" keeps incomplete data,
 * "Submit" saves and then submits. Unsaved input survives failed checks and is guarded when leaving.
 */
@Route(RequestLinks.NEW_ROUTE)
@RouteAlias(RequestLinks.EDIT_ROUTE)
@RolesAllowed("PARTNER")
public class RequestFormView extends Main implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    /** The fields PROCESS.md marks optional; every other one is needed for submission. */
    private static final Set<String> OPTIONAL = Set.of("customerOtherNames", "website");

    private final RequestService requests;
    private final OrganizationService organizations;
    private final Clock clock;
    private final SlaProperties slaProperties;

    private final H2 heading = new H2();
    private final Div statusLine = new Div();
    private final Div returnReason = new Div();
    private final Map<String, HasValidationProperties> fields = new LinkedHashMap<>();

    private final TextField customerName = text(200);
    private final Span customerWarning = new Span();
    private final TextField customerOtherNames = text(500);
    private final TextField street = text(200);
    private final TextField postalCode = text(20);
    private final TextField city = text(100);
    private final ComboBox<String> country = new ComboBox<>();
    private final TextField vatOrRegistrationNumber = text(50);
    private final TextField industry = text(100);
    private final TextArea intendedUse = new TextArea();
    private final TextField website = text(200);
    private final TextField adminFirstName = text(100);
    private final TextField adminLastName = text(100);
    private final EmailField adminEmail = new EmailField();
    private final TextField adminPhone = text(20);
    private final RadioButtonGroup<String> adminLanguage = new RadioButtonGroup<>();
    private final Select<Platform> platform = new Select<>();
    private final TextField platformVersion = text(50);
    private final RadioButtonGroup<Licensing> licensing = new RadioButtonGroup<>();
    private final IntegerField plannedUsers = new IntegerField();
    private final DatePicker plannedRolloutDate = new DatePicker();
    private final TextField partnerTier = new TextField();
    private final ComboBox<DistributorChoice> distributor = new ComboBox<>();
    private final Span firstContact = new Span();
    private final Checkbox declarationNoUnifyVideo = new Checkbox();
    private final Checkbox declarationDataCorrect = new Checkbox();

    private final Button save = new Button();
    private final Button submit = new Button();
    private final Button cancel = new Button();

    private PartnerRouting routing;
    private List<ContactPerson> contacts = List.of();
    private Long requestId;
    private long version;
    private String reference;
    /** After a refused submission the check also reports missing fields, so the marks stay until fixed. */
    private boolean completeCheck;
    /** Input the server has not stored yet; leaving asks first. */
    private boolean dirty;
    /** True while fields are filled from the server, so that does not count as input. */
    private boolean filling;

    public RequestFormView(RequestService requests, OrganizationService organizations, Clock clock,
                           SlaProperties slaProperties) {
        this.requests = requests;
        this.organizations = organizations;
        this.clock = clock;
        this.slaProperties = slaProperties;
        addClassNames("page", "request-form");
        returnReason.setId("return-reason");
        returnReason.addClassNames("callout", "callout-warning");
        returnReason.setVisible(false);
        statusLine.addClassName("request-status-line");
        configureFields();
        add(heading, statusLine, returnReason, customerGroup(), administratorGroup(), platformGroup(), routingGroup(),
                declarationsGroup(), buttons());
    }

    // ---- layout ------------------------------------------------------------------------------------------

    /** Registers every field in form order, which is also the order in which the first error gets the focus. */
    private void configureFields() {
        register("customerName", customerName);
        customerWarning.setId("customer-warning");
        customerWarning.addClassName("field-warning");
        customerWarning.setVisible(false);
        customerName.setHelperComponent(customerWarning);
        register("customerOtherNames", customerOtherNames);
        register("street", street);
        register("postalCode", postalCode);
        register("city", city);

        register("country", country);
        Locale locale = getLocale();
        country.setItems(Arrays.stream(Locale.getISOCountries())
                .sorted(Comparator.comparing(code -> Locale.of("", code).getDisplayCountry(locale))).toList());
        country.setItemLabelGenerator(code -> Formats.country(code, locale));
        country.setClearButtonVisible(true);

        register("vatOrRegistrationNumber", vatOrRegistrationNumber);
        register("industry", industry);
        register("website", website);
        website.setPlaceholder("https://");

        register("intendedUse", intendedUse);
        intendedUse.setMaxLength(2000);
        intendedUse.setValueChangeMode(ValueChangeMode.LAZY);
        intendedUse.setHelperText(getTranslation("request.form.help.intendedUse"));

        register("adminFirstName", adminFirstName);
        register("adminLastName", adminLastName);
        register("adminEmail", adminEmail);
        adminEmail.setMaxLength(254);
        adminEmail.setValueChangeMode(ValueChangeMode.LAZY);
        adminEmail.setHelperText(getTranslation("request.form.help.adminEmail"));
        register("adminPhone", adminPhone);
        adminPhone.setHelperText(getTranslation("request.form.help.adminPhone"));
        adminPhone.setPlaceholder("+4989123456");
        register("adminLanguage", adminLanguage);
        adminLanguage.setItems("de", "en");
        adminLanguage.setItemLabelGenerator(Formats::language);

        register("platform", platform);
        platform.setItems(Platform.values());
        platform.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
        platform.setPlaceholder(getTranslation("request.form.choose"));
        register("platformVersion", platformVersion);
        register("licensing", licensing);
        licensing.setItems(Licensing.values());
        licensing.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
        licensing.setHelperText(getTranslation("request.form.help.licensing"));
        register("plannedUsers", plannedUsers);
        plannedUsers.setMin(1);
        plannedUsers.setMax(RequestValidator.MAX_PLANNED_USERS);
        plannedUsers.setStepButtonsVisible(true);
        plannedUsers.setValueChangeMode(ValueChangeMode.LAZY);
        register("plannedRolloutDate", plannedRolloutDate);
        plannedRolloutDate.setLocale(locale);
        plannedRolloutDate.setMin(today());

        partnerTier.setId("partner-tier");
        partnerTier.setLabel(getTranslation("request.form.field.partnerTier"));
        partnerTier.setReadOnly(true);
        register("distributorId", distributor);
        distributor.setItemLabelGenerator(DistributorChoice::name);
        distributor.addValueChangeListener(event -> showFirstContact());
        firstContact.setId("first-contact");
        firstContact.addClassName("first-contact");

        register("declarationNoUnifyVideo", declarationNoUnifyVideo);
        register("declarationDataCorrect", declarationDataCorrect);

        fields.forEach((name, field) -> ((HasValue<?, ?>) field).setRequiredIndicatorVisible(!OPTIONAL.contains(name)));
    }

    private Section customerGroup() {
        FormLayout layout = formLayout(customerName, customerOtherNames, street, postalCode, city, country,
                vatOrRegistrationNumber, industry, website, intendedUse);
        layout.setColspan(intendedUse, 2);
        return group("customer", layout);
    }

    private Section administratorGroup() {
        return group("administrator", formLayout(adminFirstName, adminLastName, adminEmail, adminPhone, adminLanguage));
    }

    private Section platformGroup() {
        return group("platform", formLayout(platform, platformVersion, licensing, plannedUsers, plannedRolloutDate));
    }

    private Section routingGroup() {
        Div contact = new Div(new Span(getTranslation("request.form.first-contact") + " "), firstContact);
        contact.addClassName("first-contact-line");
        FormLayout layout = formLayout(partnerTier, distributor, contact);
        layout.setColspan(contact, 2);
        return group("routing", layout);
    }

    private Section declarationsGroup() {
        FormLayout layout = formLayout(declarationNoUnifyVideo, declarationDataCorrect);
        layout.setColspan(declarationNoUnifyVideo, 2);
        layout.setColspan(declarationDataCorrect, 2);
        return group("declarations", layout);
    }

    private HorizontalLayout buttons() {
        save.setText(getTranslation("request.form.save-draft"));
        save.setId("save-draft");
        save.setTooltipText(getTranslation("request.form.save-draft.tooltip"));
        save.setDisableOnClick(true);
        save.addClickListener(event -> whileBusy(this::saveDraft));
        // Ctrl+S (Cmd+S on a Mac) saves like the button; the focused field hands over its value first.
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL).resetFocusOnActiveElement();
        save.addClickShortcut(Key.KEY_S, KeyModifier.META).resetFocusOnActiveElement();

        submit.setText(getTranslation("request.form.submit"));
        submit.setId("submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(event -> whileBusy(this::submit));

        cancel.setText(getTranslation("request.form.cancel"));
        cancel.setId("cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        cancel.addClickListener(event -> leave());
        // Deliberately no Enter shortcut: Enter in a field must never submit a request by accident.
        HorizontalLayout bar = new HorizontalLayout(submit, save, cancel);
        bar.addClassName("form-buttons");
        return bar;
    }

    private Section group(String name, Component content) {
        H3 title = new H3(getTranslation("request.form.group." + name));
        Section section = new Section(title, content);
        section.setId("group-" + name);
        section.addClassName("form-group");
        return section;
    }

    private static FormLayout formLayout(Component... components) {
        FormLayout layout = new FormLayout(components);
        // One column on phones, two from tablet width: labels stay readable and the tab order follows the eye.
        layout.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("36em", 2));
        return layout;
    }

    private static TextField text(int maxLength) {
        TextField field = new TextField();
        field.setMaxLength(maxLength);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        return field;
    }

    /** Label, id and inline check for a field; its id is the name the service uses in its findings. */
    private <F extends Component & HasValidationProperties & HasValue<?, ?> & HasLabel> void register(String name, F field) {
        field.setId(name);
        fields.put(name, field);
        // The service decides what is valid; the components' own validation would fight its messages.
        switch (field) {
            case TextField f -> f.setManualValidation(true);
            case TextArea f -> f.setManualValidation(true);
            case EmailField f -> f.setManualValidation(true);
            case IntegerField f -> f.setManualValidation(true);
            case DatePicker f -> f.setManualValidation(true);
            case ComboBox<?> f -> f.setManualValidation(true);
            case Select<?> f -> f.setManualValidation(true);
            case RadioButtonGroup<?> f -> f.setManualValidation(true);
            case Checkbox f -> f.setManualValidation(true);
            default -> throw new IllegalArgumentException("Unexpected field type " + field.getClass());
        }
        field.setLabel(getTranslation("request.form.field." + name));
        field.addValueChangeListener(event -> {
            if (!filling) {
                dirty = true;
                check();
            }
        });
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(slaProperties.zone()));
    }

    // ---- loading -----------------------------------------------------------------------------------------

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        routing = requests.myRouting();
        contacts = organizations.firstContacts(routing.partnerId());
        showRouting();
        Optional<String> id = event.getRouteParameters().get(RequestLinks.ID_PARAMETER);
        if (id.isEmpty()) {
            heading.setText(getTranslation("request.form.title.new"));
            quietly(() -> adminLanguage.setValue("de".equals(getLocale().getLanguage()) ? "de" : "en"));
            return;
        }
        RequestDetails details;
        try {
            details = requests.get(Long.parseLong(id.get()));
        } catch (NumberFormatException | NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        if (!details.may(RequestAction.EDIT)) {
            // Someone may open an old edit link after submission: show the request instead of a dead form.
            event.forwardTo(RequestDetailView.class, new RouteParameters(RequestLinks.ID_PARAMETER, id.get()));
            return;
        }
        completeCheck = event.getLocation().getQueryParameters().getParameters().containsKey(RequestLinks.CHECK_PARAMETER);
        fill(details);
        check();
        if (completeCheck) {
            focusFirstInvalid();
        }
    }

    private void showRouting() {
        partnerTier.setValue(getTranslation(routing.tier().messageKey()) + " – " + routing.partnerName());
        boolean tier2 = routing.tier() == PartnerTier.TIER_2;
        distributor.setVisible(tier2);
        distributor.setItems(routing.distributors());
        if (tier2 && routing.distributors().isEmpty()) {
            distributor.setHelperText(getTranslation("request.form.no-distributors"));
        } else if (tier2) {
            distributor.setHelperText(getTranslation("request.form.help.distributor"));
        }
        if (tier2 && routing.distributors().size() == 1 && distributor.isEmpty()) {
            quietly(() -> distributor.setValue(routing.distributors().getFirst()));
        }
        showFirstContact();
    }

    /** Tier 1: the CAM; tier 2: the DAM behind the chosen distributor (organisation names are unique per type). */
    private void showFirstContact() {
        Optional<ContactPerson> contact = routing.tier() == PartnerTier.TIER_1
                ? contacts.stream().findFirst()
                : Optional.ofNullable(distributor.getValue()).flatMap(chosen -> contacts.stream()
                        .filter(c -> chosen.name().equals(c.viaDistributor())).findFirst());
        firstContact.setText(contact
                .map(c -> ActorLabels.contact(c.name(), c.roleKey(), null, c.email()))
                .orElse(getTranslation(routing.tier() == PartnerTier.TIER_1
                        ? "request.form.first-contact.no-cam" : "request.form.first-contact.choose-distributor")));
    }

    private void fill(RequestDetails details) {
        requestId = details.id();
        version = details.version();
        reference = details.reference();
        heading.setText(getTranslation("request.form.title.edit", details.reference()));
        statusLine.removeAll();
        statusLine.add(RequestBadges.status(details.status()));
        boolean returned = details.status() == RequestStatus.RETURNED && details.lastComment() != null;
        returnReason.setVisible(returned);
        returnReason.removeAll();
        if (returned) {
            returnReason.add(new H3(getTranslation("request.form.returned.title")),
                    new Paragraph(details.lastComment()),
                    new Paragraph(getTranslation("request.form.returned.hint")));
        }
        Company company = details.data().company();
        TenantAdministrator admin = details.data().administrator();
        PlatformPlan plan = details.data().plan();
        Declarations declarations = details.data().declarations();
        quietly(() -> {
            customerName.setValue(text(company.name()));
            customerOtherNames.setValue(text(company.otherNames()));
            street.setValue(text(company.street()));
            postalCode.setValue(text(company.postalCode()));
            city.setValue(text(company.city()));
            country.setValue(company.country());
            vatOrRegistrationNumber.setValue(text(company.vatOrRegistrationNumber()));
            industry.setValue(text(company.industry()));
            intendedUse.setValue(text(company.intendedUse()));
            website.setValue(text(company.website()));
            adminFirstName.setValue(text(admin.firstName()));
            adminLastName.setValue(text(admin.lastName()));
            adminEmail.setValue(text(admin.email()));
            adminPhone.setValue(text(admin.phone()));
            adminLanguage.setValue(admin.language());
            platform.setValue(plan.platform());
            platformVersion.setValue(text(plan.version()));
            licensing.setValue(plan.licensing());
            plannedUsers.setValue(plan.plannedUsers());
            plannedRolloutDate.setValue(plan.plannedRolloutDate());
            declarationNoUnifyVideo.setValue(declarations.noUnifyVideo());
            declarationDataCorrect.setValue(declarations.dataCorrect());
            distributor.setValue(routing.distributors().stream()
                    .filter(choice -> Objects.equals(choice.id(), details.distributorId())).findFirst().orElse(null));
        });
        showFirstContact();
        dirty = false;
    }

    /** Sets values from the server or from defaults: no check, and nothing counts as unsaved input. */
    private void quietly(Runnable filler) {
        filling = true;
        try {
            filler.run();
        } finally {
            filling = false;
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private RequestForm form() {
        DistributorChoice chosen = distributor.getValue();
        return new RequestForm(new CustomerData(
                new Company(customerName.getValue(), customerOtherNames.getValue(), street.getValue(),
                        postalCode.getValue(), city.getValue(), country.getValue(), vatOrRegistrationNumber.getValue(),
                        industry.getValue(), intendedUse.getValue(), website.getValue()),
                new TenantAdministrator(adminFirstName.getValue(), adminLastName.getValue(), adminEmail.getValue(),
                        adminPhone.getValue(), adminLanguage.getValue()),
                new PlatformPlan(platform.getValue(), platformVersion.getValue(), licensing.getValue(),
                        plannedUsers.getValue(), plannedRolloutDate.getValue()),
                new Declarations(declarationNoUnifyVideo.getValue(), declarationDataCorrect.getValue())),
                routing.tier() == PartnerTier.TIER_2 && chosen != null ? chosen.id() : null);
    }

    // ---- checking ----------------------------------------------------------------------------------------

    private void check() {
        showProblems(requests.check(form(), requestId, completeCheck));
    }

    /** Errors at their fields (the first finding per field), the duplicate-customer warning under the name. */
    private void showProblems(List<FieldProblem> problems) {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
        customerWarning.setVisible(false);
        for (FieldProblem problem : problems) {
            String message = getTranslation(problem.messageKey(), problem.arguments());
            if (!problem.blocking()) {
                customerWarning.setText(message);
                customerWarning.setVisible(true);
                continue;
            }
            HasValidationProperties field = fields.get(problem.field());
            if (field != null && !field.isInvalid()) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
        }
    }

    private void focusFirstInvalid() {
        fields.values().stream().filter(HasValidationProperties::isInvalid).findFirst()
                .ifPresent(field -> ((Focusable<?>) field).focus());
    }

    // ---- actions -----------------------------------------------------------------------------------------

    private void saveDraft() {
        if (requestId != null && !dirty) {
            notify(getTranslation("request.form.nothing-to-save"), NotificationVariant.LUMO_CONTRAST);
            return;
        }
        try {
            boolean created = save();
            notify(getTranslation("request.form.saved", reference), NotificationVariant.LUMO_SUCCESS);
            if (created) {
                // From now on the URL is the edit link, so a reload or a bookmark keeps the work.
                RequestLinks.showEdit(requestId, false);
            }
        } catch (DomainException e) {
            handle(e);
        }
    }

    private void submit() {
        boolean created = false;
        try {
            if (requestId == null || dirty) {
                created = save();
            }
            RequestDetails submitted = requests.submit(requestId, version);
            notify(getTranslation("request.form.submitted", submitted.reference(),
                    getTranslation(submitted.status().messageKey())), NotificationVariant.LUMO_SUCCESS);
            RequestLinks.showRequest(submitted.id());
        } catch (DomainException e) {
            if (created) {
                // The new draft is stored: continue on its edit link, which marks every field that needs work.
                notify(getTranslation(e.getMessageKey(), e.getArguments()), NotificationVariant.LUMO_ERROR);
                RequestLinks.showEdit(requestId, e instanceof InvalidRequestException);
            } else {
                handle(e);
            }
        }
    }

    /** Creates the draft or stores the changes; true when a new draft was created. */
    private boolean save() {
        boolean created = requestId == null;
        RequestDetails saved = created ? requests.createDraft(form()) : requests.saveDraft(requestId, version, form());
        requestId = saved.id();
        version = saved.version();
        reference = saved.reference();
        dirty = false;
        return created;
    }

    private void handle(DomainException error) {
        switch (error) {
            case InvalidRequestException invalid -> {
                completeCheck = true;
                showProblems(invalid.getProblems());
                focusFirstInvalid();
                notify(getTranslation(invalid.getMessageKey(), invalid.getArguments()), NotificationVariant.LUMO_ERROR);
            }
            case FieldValidationException field when fields.containsKey(field.getField()) -> {
                HasValidationProperties target = fields.get(field.getField());
                target.setErrorMessage(getTranslation(field.getMessageKey(), field.getArguments()));
                target.setInvalid(true);
                ((Focusable<?>) target).focus();
            }
            case ConcurrentChangeException changed -> {
                notify(getTranslation("request.form.changed-meanwhile"), NotificationVariant.LUMO_ERROR);
                reload();
            }
            default -> notify(getTranslation(error.getMessageKey(), error.getArguments()), NotificationVariant.LUMO_ERROR);
        }
    }

    /** After a concurrent change: the stored state replaces the form, or the request itself if it left editing. */
    private void reload() {
        RequestDetails current = requests.get(requestId);
        if (current.may(RequestAction.EDIT)) {
            fill(current);
            check();
        } else {
            dirty = false;
            RequestLinks.showRequest(requestId);
        }
    }

    private void leave() {
        if (requestId == null) {
            RequestLinks.showGrid();
        } else {
            RequestLinks.showRequest(requestId);
        }
    }

    /**
     * Save and submit stay disabled while the server works (disable-on-click does it in the browser at once), so a
     * double click cannot send twice; afterwards they are usable again, whatever the outcome.
     */
    private void whileBusy(Runnable work) {
        save.setEnabled(false);
        submit.setEnabled(false);
        try {
            work.run();
        } finally {
            save.setEnabled(true);
            submit.setEnabled(true);
        }
    }

    private static void notify(String text, NotificationVariant variant) {
        Notification notification = Notification.show(text, 5000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!dirty) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("unsaved-changes");
        confirm.setHeader(getTranslation("request.form.unsaved.title"));
        confirm.setText(getTranslation("request.form.unsaved.text"));
        confirm.setConfirmText(getTranslation("request.form.unsaved.leave"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            dirty = false;
            action.proceed();
        });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("request.form.unsaved.stay"));
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return reference == null ? getTranslation("request.form.title.new")
                : getTranslation("request.form.title.edit", reference);
    }
}
