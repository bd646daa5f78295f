package com.activationdesk.request.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.activationdesk.base.domain.ConcurrentChangeException;
import com.activationdesk.base.domain.DomainException;
import com.activationdesk.base.domain.FieldValidationException;
import com.activationdesk.base.domain.NotFoundException;
import com.activationdesk.base.ui.FieldErrors;
import com.activationdesk.base.ui.KeepsInput;
import com.activationdesk.base.ui.Notifications;
import com.activationdesk.organization.service.OrganizationService;
import com.activationdesk.request.RequestBadges;
import com.activationdesk.request.RequestLinks;
import com.activationdesk.request.domain.CustomerData;
import com.activationdesk.request.domain.RequestAction;
import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.request.service.FieldProblem;
import com.activationdesk.request.service.InvalidRequestException;
import com.activationdesk.request.service.PartnerRouting;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.request.service.RequestForm;
import com.activationdesk.request.service.RequestService;
import com.activationdesk.sla.SlaProperties;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;

/**
 * The partner's request form, for a new request ({@code requests/new}) and for correcting a draft or returned
 * one ({@code requests/:id/edit}): one section per group of the customer data plus the routing choice. Every
 * change is checked at once by {@link RequestService#check} and the findings are shown at their fields; nothing
 * here decides what is valid. "Save draft" keeps incomplete data, "Submit" saves and then submits. Unsaved input
 * survives failed checks and is guarded when leaving.
 */
@Route(RequestLinks.NEW_ROUTE)
@RouteAlias(RequestLinks.EDIT_ROUTE)
@RolesAllowed("PARTNER")
public class RequestFormView extends Main implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle,
        KeepsInput {

    private final RequestService requests;
    private final OrganizationService organizations;

    private final H2 heading = new H2();
    private final Div statusLine = new Div();
    private final Div returnReason = new Div();
    private final CompanySection company;
    private final TenantAdministratorSection administrator = new TenantAdministratorSection();
    private final PlatformPlanSection plan;
    private final RoutingSection routing = new RoutingSection();
    private final DeclarationsSection declarations = new DeclarationsSection();
    /** Every field by the name the service uses in its findings, in form order (the order the focus looks in). */
    private final Map<String, HasValidationProperties> fields = new LinkedHashMap<>();

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
        company = new CompanySection(getLocale());
        plan = new PlatformPlanSection(LocalDate.now(clock.withZone(slaProperties.zone())));
        addClassNames("page", "request-form");
        returnReason.setId("return-reason");
        returnReason.addClassNames("callout", "callout-warning");
        returnReason.setVisible(false);
        statusLine.addClassName("request-status-line");
        fields.putAll(company.fields());
        fields.putAll(administrator.fields());
        fields.putAll(plan.fields());
        fields.put(RoutingSection.DISTRIBUTOR_FIELD, routing.distributorField());
        fields.putAll(declarations.fields());
        List.of(company, administrator, plan, declarations).forEach(section -> section.onChange(this::changed));
        routing.onChange(this::changed);
        add(heading, statusLine, returnReason, company, administrator, plan, routing, declarations,
                new FormButtons(this::saveDraft, this::submit, this::leave));
    }

    private void changed() {
        if (!filling) {
            dirty = true;
            check();
        }
    }

    // ---- loading -----------------------------------------------------------------------------------------

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PartnerRouting mine = requests.myRouting();
        quietly(() -> routing.show(mine, organizations.firstContacts(mine.partnerId())));
        Optional<String> id = event.getRouteParameters().get(RequestLinks.ID_PARAMETER);
        if (id.isEmpty()) {
            heading.setText(getTranslation("request.form.title.new"));
            quietly(() -> administrator.presetLanguage(getLocale().getLanguage()));
            takeBackKeptInput();
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
        completeCheck = event.getLocation().getQueryParameters().getParameters()
                .containsKey(RequestLinks.CHECK_PARAMETER);
        fill(details);
        check();
        takeBackKeptInput();
        if (completeCheck) {
            focusFirstInvalid();
        }
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
        CustomerData data = details.data();
        quietly(() -> {
            company.read(data.company());
            administrator.read(data.administrator());
            plan.read(data.plan());
            declarations.read(data.declarations());
            routing.choose(details.distributorId());
        });
        dirty = false;
    }

    @Override
    public void keepInput() {
        if (dirty) {
            KeepsInput.putAside(RequestFormView.class, KeptFormInput.of(requestId, version, completeCheck, fields));
        }
    }

    /** Puts back input kept across a language switch; still unsaved, so leaving still asks. */
    private void takeBackKeptInput() {
        KeepsInput.takeBack(RequestFormView.class, KeptFormInput.class).filter(kept -> kept.isFor(requestId))
                .ifPresent(kept -> {
                    version = kept.version();
                    completeCheck = kept.completeCheck();
                    quietly(() -> kept.putBack(fields));
                    dirty = true;
                    check();
                });
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

    private RequestForm form() {
        return new RequestForm(new CustomerData(company.write(), administrator.write(), plan.write(),
                declarations.write()), routing.distributorId());
    }

    // ---- checking ----------------------------------------------------------------------------------------

    private void check() {
        if (readable()) {
            showProblems(requests.check(form(), requestId, completeCheck));
        }
    }

    /**
     * Whether every field's text makes a value. One that does not ("12.5" users) shows why at the field and holds
     * back checking and saving: saving it would store something other than what the field shows.
     */
    private boolean readable() {
        return sections().map(RequestSection::readable).toList()
                .stream().allMatch(Boolean::booleanValue);
    }

    private Stream<RequestSection<?>> sections() {
        return Stream.of(company, administrator, plan, declarations);
    }

    /** Errors at their fields (the first finding per field), the duplicate-customer warning under the name. */
    private void showProblems(List<FieldProblem> problems) {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
        company.showDuplicateWarning(null);
        sections().forEach(RequestSection::showRefusals);
        for (FieldProblem problem : problems) {
            if (!problem.blocking()) {
                company.showDuplicateWarning(getTranslation(problem.messageKey(), problem.arguments()));
            } else if (fields.containsKey(problem.field()) && !fields.get(problem.field()).isInvalid()) {
                FieldErrors.show(fields, problem.field(), problem.messageKey(), problem.arguments());
            }
        }
    }

    private void focusFirstInvalid() {
        fields.values().stream().filter(HasValidationProperties::isInvalid).findFirst()
                .ifPresent(field -> ((Focusable<?>) field).focus());
    }

    // ---- actions -----------------------------------------------------------------------------------------

    private void saveDraft() {
        if (!readable()) {
            focusFirstInvalid();
            return;
        }
        if (requestId != null && !dirty) {
            Notifications.warning(getTranslation("request.form.nothing-to-save"));
            return;
        }
        try {
            boolean created = save();
            Notifications.success(getTranslation("request.form.saved", reference));
            if (created) {
                // From now on the URL is the edit link, so a reload or a bookmark keeps the work.
                RequestLinks.showEdit(requestId, false);
            }
        } catch (DomainException e) {
            handle(e);
        }
    }

    private void submit() {
        if (!readable()) {
            focusFirstInvalid();
            return;
        }
        boolean created = false;
        try {
            if (requestId == null || dirty) {
                created = save();
            }
            RequestDetails submitted = requests.submit(requestId, version);
            Notifications.success(getTranslation("request.form.submitted", submitted.reference(),
                    getTranslation(submitted.status().messageKey())));
            RequestLinks.showRequest(submitted.id());
        } catch (DomainException e) {
            if (created) {
                // The new draft is stored: continue on its edit link, which marks every field that needs work.
                Notifications.error(e);
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
                Notifications.error(invalid);
            }
            case FieldValidationException field when fields.containsKey(field.getField()) -> {
                FieldErrors.show(fields, field.getField(), field.getMessageKey(), field.getArguments());
                ((Focusable<?>) fields.get(field.getField())).focus();
            }
            case ConcurrentChangeException changed -> {
                Notifications.error(getTranslation("request.form.changed-meanwhile"));
                reload();
            }
            default -> Notifications.error(error);
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

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!dirty) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        UnsavedChangesDialog.open(() -> {
            dirty = false;
            action.proceed();
        });
    }

    @Override
    public String getPageTitle() {
        return reference == null ? getTranslation("request.form.title.new")
                : getTranslation("request.form.title.edit", reference);
    }
}
