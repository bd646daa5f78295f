package com.activationdesk.request.ui;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import com.activationdesk.audit.AuditActor;
import com.activationdesk.audit.AuditEntryView;
import com.activationdesk.audit.FieldChange;
import com.activationdesk.base.domain.ConcurrentChangeException;
import com.activationdesk.base.domain.DomainException;
import com.activationdesk.base.domain.FieldValidationException;
import com.activationdesk.base.domain.NotFoundException;
import com.activationdesk.base.ui.ActorLabels;
import com.activationdesk.base.ui.Formats;
import com.activationdesk.base.ui.Notifications;
import com.activationdesk.base.ui.Texts;
import com.activationdesk.base.ui.ViewerTime;
import com.activationdesk.organization.domain.PartnerTier;
import com.activationdesk.organization.domain.Role;
import com.activationdesk.organization.service.OrganizationService;
import com.activationdesk.request.RequestBadges;
import com.activationdesk.request.RequestLinks;
import com.activationdesk.request.domain.CustomerData;
import com.activationdesk.request.domain.RequestAction;
import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.request.service.ForwardChecklist;
import com.activationdesk.request.service.InvalidRequestException;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.request.service.RequestService;
import com.activationdesk.security.CurrentUser;
import com.activationdesk.sla.SlaState;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.annotation.Value;

/**
 * One request as its viewer may see it: the data in the form's groups, status, routing, the current reason
 * or question, SLA clock, invitation, activation and the audit timeline, newest first.
 * <p>
 * Action buttons come only from {@link RequestDetails#allowedActions()} (the workflow table, evaluated by the
 * service for the logged-in user); the view never asks for roles. Each action this view can perform has an
 * entry in {@link #handlers}; an allowed action without an entry (the co-administrator actions, shown by the
 * co-administrator feature as a {@link RequestDetailSection}
 * or system moves such as expiry) gets no button here, never a role check instead.
 * <p>
 * Whether a request exists for the user is the service's data scope: an id outside it, or no number at all,
 * shows the same "not found" page as an unknown URL.
 */
@Route(RequestLinks.DETAIL_ROUTE)
@PermitAll
public class RequestDetailView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** Actions that move the request on in the normal flow; their buttons are primary. */
    private static final Set<RequestAction> FORWARD_ACTIONS = EnumSet.of(RequestAction.SUBMIT,
            RequestAction.PASS_TO_DAM, RequestAction.FORWARD_TO_CLOUD_OPS, RequestAction.PROVISION_AND_INVITE,
            RequestAction.RESEND_INVITATION);
    private static final Set<RequestAction> DESTRUCTIVE_ACTIONS = EnumSet.of(RequestAction.REJECT,
            RequestAction.WITHDRAW);
    /** Moves that come with a reason the next person must read; the newest one is shown at the top. */
    private static final Set<String> REASON_ACTIONS = Set.of(RequestAction.RETURN.name(),
            RequestAction.ASK_MANAGER.name(), RequestAction.REJECT.name());

    private final RequestService requests;
    private final OrganizationService organizations;
    private final CurrentUser currentUser;
    private final String mailSender;
    private final Map<RequestAction, Consumer<RequestDetails>> handlers = new EnumMap<>(RequestAction.class);
    private final List<Button> actionButtons = new ArrayList<>();

    private RequestDetails details;
    private List<AuditEntryView> timeline = List.of();
    private final List<RequestDetailSection> sections;
    private ZoneId zone;

    public RequestDetailView(RequestService requests, OrganizationService organizations, CurrentUser currentUser,
                             @Value("${activationdesk.mail.from:activation-desk@vendor.example}") String mailSender,
                             List<RequestDetailSection> sections, ViewerTime viewerTime) {
        this.sections = sections;
        this.requests = requests;
        this.organizations = organizations;
        this.currentUser = currentUser;
        this.mailSender = mailSender;
        addClassNames("page", "request-detail");
        handlers.put(RequestAction.EDIT, d -> RequestLinks.showEdit(d.id(), false));
        handlers.put(RequestAction.SUBMIT, d -> perform(RequestAction.SUBMIT, null,
                () -> requests.submit(d.id(), d.version())));
        handlers.put(RequestAction.WITHDRAW, d -> commentDialog(d, RequestAction.WITHDRAW, false,
                comment -> requests.withdraw(d.id(), d.version(), comment)));
        handlers.put(RequestAction.PASS_TO_DAM, d -> commentDialog(d, RequestAction.PASS_TO_DAM, false,
                comment -> requests.passToDam(d.id(), d.version(), comment)));
        handlers.put(RequestAction.RETURN, d -> commentDialog(d, RequestAction.RETURN, true,
                reason -> requests.returnToPartner(d.id(), d.version(), reason)));
        handlers.put(RequestAction.REJECT, d -> commentDialog(d, RequestAction.REJECT, true,
                reason -> requests.reject(d.id(), d.version(), reason)));
        handlers.put(RequestAction.FORWARD_TO_CLOUD_OPS, this::forwardDialog);
        handlers.put(RequestAction.ASK_MANAGER, d -> commentDialog(d, RequestAction.ASK_MANAGER, true,
                question -> requests.askManager(d.id(), d.version(), question)));
        handlers.put(RequestAction.PROVISION_AND_INVITE, this::provisionDialog);
        handlers.put(RequestAction.REQUEST_RESEND, d -> commentDialog(d, RequestAction.REQUEST_RESEND, false,
                comment -> requests.requestResend(d.id(), d.version(), comment)));
        handlers.put(RequestAction.RESEND_INVITATION, d -> confirmDialog(d, RequestAction.RESEND_INVITATION,
                () -> requests.resendInvitation(d.id(), d.version())));
        zone = viewerTime.zone();
        viewerTime.onBrowserZone(this::useZone);
    }

    // ---- loading -----------------------------------------------------------------------------------------

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            load(Long.parseLong(event.getRouteParameters().get(RequestLinks.ID_PARAMETER).orElseThrow()));
        } catch (NumberFormatException | NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        render();
    }

    private void load(long id) {
        details = requests.get(id);
        timeline = requests.timeline(id).reversed();
    }

    private void reload() {
        load(details.id());
        render();
    }

    private void useZone(ZoneId browserZone) {
        if (!browserZone.equals(zone)) {
            zone = browserZone;
            if (details != null) {
                render();
            }
        }
    }

    // ---- rendering ---------------------------------------------------------------------------------------

    private void render() {
        removeAll();
        actionButtons.clear();
        Formats format = new Formats(getLocale(), zone);
        H2 title = new H2(details.reference());
        title.setId("reference");
        Span status = RequestBadges.status(details.status());
        status.setId("status");
        Div header = new Div(title, status);
        header.addClassName("request-header");
        Span zoneNote = new Span(getTranslation("request.detail.times-in", format.zone().getId()));
        zoneNote.setId("time-zone");
        zoneNote.addClassName("muted");
        add(header, zoneNote, actions());
        currentReason(format).ifPresent(this::add);
        firstContact().ifPresent(this::add);
        if (details.slaState() != null) {
            add(sla(format));
        }
        if (details.invitationSentAt() != null) {
            add(invitation(format));
        }
        if (details.activatedAt() != null) {
            add(activation(format));
        }
        sections.forEach(section -> section.create(details, this::reload).ifPresent(this::add));
        CustomerData d = details.data();
        add(group("customer",
                        entry("customerName", d.customerName()), entry("customerOtherNames", d.customerOtherNames()),
                        entry("street", d.street()), entry("postalCode", d.postalCode()), entry("city", d.city()),
                        entry("country", format.country(d.country())),
                        entry("vatOrRegistrationNumber", d.vatOrRegistrationNumber()),
                        entry("industry", d.industry()), entry("website", d.website()),
                        entry("intendedUse", d.intendedUse())),
                group("administrator",
                        entry("adminFirstName", d.adminFirstName()), entry("adminLastName", d.adminLastName()),
                        entry("adminEmail", d.adminEmail()), entry("adminPhone", d.adminPhone()),
                        entry("adminLanguage", Formats.language(d.adminLanguage()))),
                group("platform",
                        entry("platform", d.platform() == null ? null : getTranslation(d.platform().messageKey())),
                        entry("platformVersion", d.platformVersion()),
                        entry("licensing", d.licensing() == null ? null : getTranslation(d.licensing().messageKey())),
                        entry("plannedUsers", d.plannedUsers() == null ? null : d.plannedUsers().toString()),
                        entry("plannedRolloutDate", format.date(d.plannedRolloutDate()))),
                routing(),
                group("declarations",
                        entry("declarationNoUnifyVideo", yesNo(d.declarationNoUnifyVideo())),
                        entry("declarationDataCorrect", yesNo(d.declarationDataCorrect()))),
                timeline(format));
    }

    private Component actions() {
        Div bar = new Div();
        bar.setId("actions");
        bar.addClassName("action-bar");
        for (RequestAction action : details.allowedActions()) {
            Consumer<RequestDetails> handler = handlers.get(action);
            if (handler == null) {
                continue; // allowed, but performed elsewhere (see the class comment)
            }
            Button button = new Button(getTranslation(action.messageKey()));
            button.setId("action-" + action.name());
            // Disabled in the browser at the click, so a double click cannot act twice; usable again once the
            // dialog is open or the action is done (then the bar is usually rebuilt anyway).
            button.setDisableOnClick(true);
            button.addClickListener(event -> {
                try {
                    handler.accept(details);
                } finally {
                    button.setEnabled(true);
                }
            });
            if (FORWARD_ACTIONS.contains(action)) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            if (DESTRUCTIVE_ACTIONS.contains(action)) {
                button.addThemeVariants(ButtonVariant.LUMO_ERROR);
            }
            actionButtons.add(button);
            bar.add(button);
        }
        if (actionButtons.isEmpty()) {
            Span none = new Span(getTranslation("request.detail.no-actions"));
            none.setId("no-actions");
            none.addClassName("muted");
            bar.add(none);
        }
        return bar;
    }

    /**
     * The return reason, Cloud Ops question or rejection reason that led to the current status, so whoever acts
     * next reads it first. Older reasons stay in the timeline.
     */
    private Optional<Component> currentReason(Formats format) {
        return timeline.stream()
                .filter(entry -> entry.fromStatus() == null || !entry.fromStatus().equals(entry.toStatus()))
                .findFirst()
                .filter(entry -> REASON_ACTIONS.contains(entry.action()) && entry.comment() != null)
                .map(entry -> {
                    Div box = new Div(new H3(getTranslation("request.detail.reason." + entry.action())),
                            new Paragraph(entry.comment()),
                            new Span(getTranslation("request.detail.reason.by", actor(entry.actor()),
                                    format.dateTime(entry.occurredAt()))));
                    box.setId("last-comment");
                    box.addClassNames("callout",
                            RequestAction.REJECT.name().equals(entry.action()) ? "callout-error" : "callout-warning");
                    return box;
                });
    }

    /** "Wenden Sie sich zunächst an Ihren CAM/DAM": shown to the users of the requesting partner. */
    private Optional<Component> firstContact() {
        if (currentUser.require().organizationId() != details.partnerId()) {
            return Optional.empty();
        }
        String contact;
        if (details.responsibleManagerName() != null) {
            Role role = details.partnerTier() == PartnerTier.TIER_1 ? Role.CAM : Role.DAM;
            contact = ActorLabels.contact(details.responsibleManagerName(), role.messageKey(), null,
                    details.responsibleManagerEmail());
        } else {
            contact = organizations.firstContacts(details.partnerId()).stream()
                    .filter(c -> details.partnerTier() == PartnerTier.TIER_1
                            || details.distributorName() == null
                            || details.distributorName().equals(c.viaDistributor()))
                    .map(c -> ActorLabels.contact(c.name(), c.roleKey(), c.viaDistributor(), c.email()))
                    .reduce((a, b) -> a + "; " + b)
                    .orElse(getTranslation("request.detail.first-contact.none"));
        }
        Span text = new Span(contact);
        text.setId("first-contact");
        Div box = new Div(new Span(getTranslation("request.form.first-contact") + " "), text);
        box.addClassNames("callout", "first-contact-line");
        return Optional.of(box);
    }

    private Section sla(Formats format) {
        SlaState state = details.slaState();
        Span badge = RequestBadges.sla(state);
        badge.setId("sla-state");
        List<Component> lines = new ArrayList<>();
        lines.add(line("sla-due", "request.detail.sla.due", format.dateTime(details.slaDueAt())));
        if (EnumSet.of(SlaState.ON_TRACK, SlaState.AT_RISK, SlaState.PAUSED).contains(state)) {
            Duration left = details.slaWorkingTimeLeft();
            lines.add(line("sla-left", "request.detail.sla.left", getTranslation("request.detail.sla.hours-minutes",
                    left.toHours(), left.toMinutesPart())));
        }
        if (state == SlaState.PAUSED) {
            lines.add(note("sla-paused", getTranslation("request.detail.sla.paused")));
        }
        if (state == SlaState.BREACHED) {
            lines.add(note("sla-breached", getTranslation("request.detail.sla.breached")));
        }
        Section section = section("sla", getTranslation("request.detail.sla.title"), badge);
        lines.forEach(section::add);
        section.add(note(null, getTranslation("request.detail.sla.rule")));
        return section;
    }

    private Section invitation(Formats format) {
        CustomerData d = details.data();
        Section section = section("invitation", getTranslation("request.detail.invitation.title"));
        section.add(line("invitation-to", "request.detail.invitation.to",
                        d.adminFirstName() + " " + d.adminLastName() + " <" + d.adminEmail() + ">"),
                line("invitation-sent", "request.detail.invitation.sent", format.dateTime(details.invitationSentAt())),
                line("invitation-expires", "request.detail.invitation.expires",
                        format.dateTime(details.invitationExpiresAt())),
                line("tenant-id-value", "request.form.field.tenantId", details.tenantId()));
        if (details.status() == RequestStatus.INVITATION_EXPIRED) {
            section.add(note("invitation-expired", getTranslation("request.detail.invitation.expired")));
        }
        Paragraph spam = new Paragraph(getTranslation("request.detail.invitation.spam", mailSender));
        spam.setId("spam-advice");
        spam.addClassNames("callout", "callout-info");
        section.add(spam);
        return section;
    }

    private Section activation(Formats format) {
        Section section = section("activation", getTranslation("request.detail.activation.title"));
        section.add(line("activated-at", "request.detail.activation.at", format.dateTime(details.activatedAt())),
                line("terms-version", "request.form.field.termsVersion", details.termsVersion()),
                line("tenant-id-active", "request.form.field.tenantId", details.tenantId()));
        return section;
    }

    private Section routing() {
        String manager = details.responsibleManagerName() == null
                ? getTranslation("request.detail.manager.after-submission")
                : details.responsibleManagerName() + ", " + details.responsibleManagerEmail();
        List<Component> entries = new ArrayList<>(List.of(
                entry("partner", details.partnerName()),
                entry("partnerTier", getTranslation(details.partnerTier().messageKey()))));
        if (details.partnerTier() == PartnerTier.TIER_2) {
            entries.add(entry("distributorId", details.distributorName()));
        }
        entries.add(entry("responsibleManager", manager));
        return group("routing", entries.toArray(Component[]::new));
    }

    private Component timeline(Formats format) {
        Section section = section("timeline", getTranslation("request.detail.timeline.title"));
        if (timeline.isEmpty()) {
            section.add(note("timeline-empty", getTranslation("request.detail.timeline.empty")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("timeline");
        for (AuditEntryView entry : timeline) {
            ListItem item = new ListItem();
            item.setId("timeline-entry-" + entry.id());
            item.addClassName("timeline-entry");
            Span time = new Span(format.dateTime(entry.occurredAt()));
            time.addClassName("timeline-time");
            Span action = new Span(Texts.firstOf(entry.action(), "request.action." + entry.action()));
            action.addClassName("timeline-action");
            item.add(time, action, new Span(actor(entry.actor())));
            if (entry.toStatus() != null && !entry.toStatus().equals(entry.fromStatus())) {
                Span move = new Span((entry.fromStatus() == null ? "" : statusLabel(entry.fromStatus()) + " → ")
                        + statusLabel(entry.toStatus()));
                move.addClassName("timeline-status");
                item.add(move);
            }
            if (entry.comment() != null) {
                Paragraph comment = new Paragraph(entry.comment());
                comment.addClassName("timeline-comment");
                item.add(comment);
            }
            if (!entry.changes().isEmpty()) {
                UnorderedList changes = new UnorderedList();
                changes.addClassName("timeline-changes");
                for (FieldChange change : entry.changes()) {
                    changes.add(new ListItem(getTranslation("request.detail.timeline.change",
                            Texts.firstOf(change.field(), "request.form.field." + change.field()),
                            changeValue(change.field(), change.oldValue(), format),
                            changeValue(change.field(), change.newValue(), format))));
                }
                item.add(changes);
            }
            list.add(item);
        }
        section.add(list);
        return section;
    }

    // ---- building blocks ---------------------------------------------------------------------------------

    private Section group(String name, Component... entries) {
        DescriptionList list = new DescriptionList();
        list.addClassName("detail-list");
        list.add(entries);
        return section("group-" + name, getTranslation("request.form.group." + name), list);
    }

    private static Section section(String id, String title, Component... content) {
        Section section = new Section(new H3(title));
        section.setId(id);
        section.addClassName("detail-section");
        section.add(content);
        return section;
    }

    /** One term/value pair; the value has the id {@code value-<field>} for tests and stays "—" when empty. */
    private Component entry(String field, String value) {
        DescriptionList.Description description = new DescriptionList.Description(
                value == null || value.isBlank() ? Formats.EMPTY : value);
        description.setId("value-" + field);
        Div pair = new Div(new DescriptionList.Term(getTranslation("request.form.field." + field)), description);
        pair.addClassName("detail-pair");
        return pair;
    }

    private Div line(String id, String labelKey, String value) {
        Span text = new Span(value == null ? Formats.EMPTY : value);
        text.setId(id);
        Div line = new Div(new Span(getTranslation(labelKey) + ": "), text);
        line.addClassName("detail-line");
        return line;
    }

    private static Paragraph note(String id, String text) {
        Paragraph note = new Paragraph(text);
        if (id != null) {
            note.setId(id);
        }
        note.addClassName("muted");
        return note;
    }

    private String yesNo(boolean value) {
        return getTranslation(value ? "request.detail.yes" : "request.detail.no");
    }

    private static String actor(AuditActor actor) {
        return ActorLabels.actor(actor.email(), actor.role(), actor.organizationName());
    }

    private String statusLabel(String status) {
        return Texts.firstOf(status, "request.status." + status);
    }

    /** Stored codes (enum names, booleans, country codes) in words; everything else as stored. */
    private String changeValue(String field, String value, Formats format) {
        if (value == null || value.isEmpty()) {
            return getTranslation("request.detail.timeline.empty-value");
        }
        return switch (field) {
            case "platform" -> Texts.firstOf(value, "request.platform." + value);
            case "licensing" -> Texts.firstOf(value, "request.licensing." + value);
            case "country" -> format.country(value);
            case "declarationNoUnifyVideo", "declarationDataCorrect" -> yesNo(Boolean.parseBoolean(value));
            default -> value;
        };
    }

    // ---- actions -----------------------------------------------------------------------------------------

    /** A dialog with a reason/comment; {@code required} marks it (the service enforces it). */
    private void commentDialog(RequestDetails d, RequestAction action, boolean required,
                               Function<String, RequestDetails> call) {
        ActionDialog dialog = new ActionDialog(getTranslation("request.dialog." + action.name() + ".title", d.reference()),
                getTranslation(action.messageKey()), DESTRUCTIVE_ACTIONS.contains(action));
        dialog.text(getTranslation("request.dialog." + action.name() + ".text"));
        if (action == RequestAction.REJECT || action == RequestAction.WITHDRAW) {
            dialog.warning(getTranslation("request.dialog.final"));
        }
        TextArea reason = dialog.reason(getTranslation("request.dialog." + action.name() + ".reason"), required);
        dialog.onConfirm(() -> perform(action, dialog, () -> call.apply(reason.getValue())));
        dialog.open();
    }

    private void confirmDialog(RequestDetails d, RequestAction action, Supplier<RequestDetails> call) {
        ActionDialog dialog = new ActionDialog(getTranslation("request.dialog." + action.name() + ".title", d.reference()),
                getTranslation(action.messageKey()), false);
        dialog.text(getTranslation("request.dialog." + action.name() + ".text", d.data().adminEmail()));
        dialog.onConfirm(() -> perform(action, dialog, call));
        dialog.open();
    }

    /** The CAM/DAM confirms completeness and the export-control data before the request reaches Cloud Ops. */
    private void forwardDialog(RequestDetails d) {
        RequestAction action = RequestAction.FORWARD_TO_CLOUD_OPS;
        ActionDialog dialog = new ActionDialog(getTranslation("request.dialog.FORWARD_TO_CLOUD_OPS.title", d.reference()),
                getTranslation(action.messageKey()), false);
        dialog.text(getTranslation("request.dialog.FORWARD_TO_CLOUD_OPS.text"));
        Checkbox complete = dialog.check("check-complete", "dataComplete",
                getTranslation("request.dialog.FORWARD_TO_CLOUD_OPS.complete"));
        Checkbox export = dialog.check("check-export", "exportControlChecked",
                getTranslation("request.dialog.FORWARD_TO_CLOUD_OPS.export"));
        TextArea comment = dialog.reason(getTranslation("request.dialog.FORWARD_TO_CLOUD_OPS.reason"), false);
        dialog.onConfirm(() -> perform(action, dialog, () -> requests.forwardToCloudOps(d.id(), d.version(),
                new ForwardChecklist(complete.getValue(), export.getValue()), comment.getValue())));
        dialog.open();
    }

    /** Cloud Ops records the tenant it created; the invitation goes to the administrator named in the request. */
    private void provisionDialog(RequestDetails d) {
        RequestAction action = RequestAction.PROVISION_AND_INVITE;
        ActionDialog dialog = new ActionDialog(getTranslation("request.dialog.PROVISION_AND_INVITE.title", d.reference()),
                getTranslation(action.messageKey()), false);
        dialog.text(getTranslation("request.dialog.PROVISION_AND_INVITE.text", d.data().adminEmail()));
        TextField tenantId = dialog.tenantId(getTranslation("request.form.field.tenantId"));
        dialog.onConfirm(() -> perform(action, dialog,
                () -> requests.provisionAndInvite(d.id(), d.version(), tenantId.getValue())));
        dialog.open();
    }

    /**
     * Runs one action with the buttons disabled, then shows the outcome: success and the new state; "changed
     * meanwhile" and the current state; a field error at its dialog input; any other refusal as a message.
     */
    private void perform(RequestAction action, ActionDialog dialog, Supplier<RequestDetails> call) {
        actionButtons.forEach(button -> button.setEnabled(false));
        try {
            RequestDetails result = call.get();
            closeDialog(dialog);
            Notifications.success(getTranslation("request.detail.done." + action.name(), result.reference(),
                    getTranslation(result.status().messageKey())));
            reload();
        } catch (ConcurrentChangeException e) {
            closeDialog(dialog);
            Notifications.error(getTranslation("request.detail.changed-meanwhile"));
            reload();
        } catch (InvalidRequestException e) {
            // Only a submission is refused this way: the form marks every field that needs work.
            Notifications.error(e);
            RequestLinks.showEdit(details.id(), true);
        } catch (FieldValidationException e) {
            if (dialog == null || !dialog.showError(e)) {
                Notifications.error(e);
            }
        } catch (DomainException e) {
            Notifications.error(e);
        } finally {
            actionButtons.forEach(button -> button.setEnabled(true));
        }
    }

    private static void closeDialog(ActionDialog dialog) {
        if (dialog != null) {
            dialog.close();
        }
    }

    @Override
    public String getPageTitle() {
        return details == null ? getTranslation("request.detail.title.plain")
                : getTranslation("request.detail.title", details.reference());
    }
}
