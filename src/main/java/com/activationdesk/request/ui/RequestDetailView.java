package com.activationdesk.request.ui;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

import com.activationdesk.audit.AuditEntryView;
import com.activationdesk.base.domain.NotFoundException;
import com.activationdesk.base.ui.ActorLabels;
import com.activationdesk.base.ui.Formats;
import com.activationdesk.base.ui.ViewerTime;
import com.activationdesk.organization.domain.PartnerTier;
import com.activationdesk.organization.service.ContactPerson;
import com.activationdesk.request.RequestBadges;
import com.activationdesk.request.RequestLinks;
import com.activationdesk.request.domain.RequestAction;
import com.activationdesk.request.domain.RequestField;
import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.request.domain.TenantAdministrator;
import com.activationdesk.request.service.DetailsWithTimeline;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.request.service.RequestGuidance;
import com.activationdesk.request.service.RequestService;
import com.activationdesk.screening.RequestScreening;
import com.activationdesk.sla.SlaState;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.annotation.Value;

import static com.activationdesk.request.ui.DetailBlocks.entry;
import static com.activationdesk.request.ui.DetailBlocks.group;
import static com.activationdesk.request.ui.DetailBlocks.line;
import static com.activationdesk.request.ui.DetailBlocks.note;
import static com.activationdesk.request.ui.DetailBlocks.section;

/**
 * One request as its viewer may see it: the data in the form's groups, status, routing, the current reason
 * or question, SLA clock, invitation, activation and the audit timeline, newest first. The buttons are the
 * {@link RequestActionBar}'s; what to tell the viewer beyond the data (first contact, current reason) is the
 * {@link RequestGuidance}'s decision; the view never asks for roles.
 * <p>
 * Whether a request exists for the user is the service's data scope: an id outside it, or no number at all,
 * shows the same "not found" page as an unknown URL.
 */
@Route(RequestLinks.DETAIL_ROUTE)
@PermitAll
public class RequestDetailView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final RequestService requests;
    private final RequestScreening screening;
    private final RequestGuidance guidance;
    private final String mailSender;
    private final List<RequestDetailSection> sections;

    private RequestDetails details;
    private List<AuditEntryView> timeline = List.of();
    private ZoneId zone;

    public RequestDetailView(RequestService requests, RequestScreening screening, RequestGuidance guidance,
                             @Value("${activationdesk.mail.from:activation-desk@vendor.example}") String mailSender,
                             List<RequestDetailSection> sections, ViewerTime viewerTime) {
        this.requests = requests;
        this.screening = screening;
        this.guidance = guidance;
        this.mailSender = mailSender;
        this.sections = sections;
        addClassNames("page", "request-detail");
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
        DetailsWithTimeline read = requests.getWithTimeline(id);
        details = read.details();
        timeline = read.timeline().reversed();
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
        Formats format = new Formats(getLocale(), zone);
        H2 title = new H2(details.reference());
        title.setId("reference");
        Span status = RequestBadges.status(details.status());
        status.setId("status");
        Div header = new Div(title, status);
        header.addClassName("request-header");
        Span zoneNote = new Span(getTranslation("request.detail.times-in", format.zoneName()));
        zoneNote.setId("time-zone");
        zoneNote.addClassName("muted");
        add(header, zoneNote, new RequestActionBar(requests, screening, details, this::reload));
        guidance.currentReason(timeline).ifPresent(reason -> add(currentReason(reason, format)));
        guidance.firstContacts(details).ifPresent(contacts -> add(firstContact(contacts)));
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
        add(data(format));
        add(new RequestTimeline(timeline, format));
    }

    /** The return reason, Cloud Ops question or rejection reason behind the current status. */
    private Component currentReason(AuditEntryView reason, Formats format) {
        Div box = new Div(new H3(getTranslation("request.detail.reason." + reason.action())),
                new Paragraph(reason.comment()),
                new Span(getTranslation("request.detail.reason.by", ActorLabels.actor(reason.actor().email(),
                        reason.actor().role(), reason.actor().organizationName()), format.dateTime(reason.occurredAt()))));
        box.setId("last-comment");
        box.addClassNames("callout",
                RequestAction.REJECT.name().equals(reason.action()) ? "callout-error" : "callout-warning");
        return box;
    }

    /** "Wenden Sie sich zunächst an Ihren CAM/DAM". */
    private Component firstContact(List<ContactPerson> contacts) {
        String contact = contacts.isEmpty() ? getTranslation("request.detail.first-contact.none")
                : contacts.stream().map(c -> ActorLabels.contact(c.name(), c.roleKey(), c.viaDistributor(), c.email()))
                        .collect(Collectors.joining("; "));
        Span text = new Span(contact);
        text.setId("first-contact");
        Div box = new Div(new Span(getTranslation("request.form.first-contact") + " "), text);
        box.addClassNames("callout", "first-contact-line");
        return box;
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
        TenantAdministrator admin = details.data().administrator();
        Section section = section("invitation", getTranslation("request.detail.invitation.title"));
        section.add(line("invitation-to", "request.detail.invitation.to", admin.fullName() + " <" + admin.email() + ">"),
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

    /** The request's data in the form's groups, with the routing between platform plan and declarations. */
    private Div data(Formats format) {
        FieldDisplay display = new FieldDisplay(format);
        Div data = new Div();
        for (RequestField.Group group : RequestField.Group.values()) {
            if (group == RequestField.Group.DECLARATIONS) {
                data.add(routing());
            }
            data.add(group(group.key(), Arrays.stream(RequestField.values()).filter(field -> field.group() == group)
                    .map(field -> entry(field.key(), display.value(field, field.value(details.data()))))
                    .toArray(Component[]::new)));
        }
        return data;
    }

    private Section routing() {
        String manager = details.responsibleManagerName() == null
                ? getTranslation("request.detail.manager.after-submission")
                : details.responsibleManagerName() + (details.responsibleManagerEmail() == null ? ""
                        : ", " + details.responsibleManagerEmail());
        List<Component> entries = new ArrayList<>(List.of(
                entry("partner", details.partnerName()),
                entry("partnerTier", getTranslation(details.partnerTier().messageKey()))));
        if (details.partnerTier() == PartnerTier.TIER_2) {
            entries.add(entry("distributorId", details.distributorName()));
        }
        entries.add(entry("responsibleManager", manager));
        return group("routing", entries.toArray(Component[]::new));
    }

    @Override
    public String getPageTitle() {
        return details == null ? getTranslation("request.detail.title.plain")
                : getTranslation("request.detail.title", details.reference());
    }
}
