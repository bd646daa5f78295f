package com.activationdesk.invitation.ui;

import java.util.List;
import java.util.Optional;

import com.activationdesk.base.domain.DomainException;
import com.activationdesk.base.ui.Notifications;
import com.activationdesk.invitation.coadmin.CoAdministratorCandidate;
import com.activationdesk.invitation.coadmin.CoAdministratorRow;
import com.activationdesk.invitation.coadmin.CoAdministratorService;
import com.activationdesk.request.domain.RequestAction;
import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.request.ui.RequestDetailSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The co-administrators of an activated tenant inside the request detail view: who they are, for a partner
 * whether they are one, and — where the workflow table allows it — adding (Cloud Ops with the customer's
 * documented consent) and removing them.
 */
@org.springframework.stereotype.Component
class CoAdministratorsSection implements RequestDetailSection {

    private final CoAdministratorService coAdministrators;

    CoAdministratorsSection(CoAdministratorService coAdministrators) {
        this.coAdministrators = coAdministrators;
    }

    @Override
    public Optional<Component> create(RequestDetails details, Runnable changed) {
        if (details.status() != RequestStatus.ACTIVATED) {
            return Optional.empty();
        }
        return Optional.of(new Panel(details, changed));
    }

    private final class Panel extends Section {

        Panel(RequestDetails details, Runnable changed) {
            setId("co-administrators");
            addClassName("card");
            add(new H3(getTranslation("tenant.co-admins")));
            coAdministrators.ownCoAdministration(details.id()).ifPresent(isCoAdministrator -> {
                Span mine = new Span(getTranslation(isCoAdministrator ? "coadmin.partner.yes" : "coadmin.partner.no"));
                mine.setId("co-admin-me");
                add(new Paragraph(mine));
            });
            List<CoAdministratorRow> rows = coAdministrators.list(details.id());
            if (rows.isEmpty()) {
                add(new Paragraph(getTranslation("tenant.co-admins.none")));
            }
            boolean mayAdd = details.may(RequestAction.ADD_CO_ADMIN);
            boolean mayRemove = details.may(RequestAction.REMOVE_CO_ADMIN);
            // Cloud Ops acts for the customer: one consent note (who agreed, when, how) for an add or a remove.
            TextArea consent = new TextArea(getTranslation("coadmin.consent"));
            consent.setId("co-admin-consent");
            consent.setHelperText(getTranslation("coadmin.consent.help"));
            consent.setWidthFull();
            consent.setVisible((mayAdd && coAdministrators.needsConsentNote(details.status(), RequestAction.ADD_CO_ADMIN))
                    || (mayRemove && coAdministrators.needsConsentNote(details.status(), RequestAction.REMOVE_CO_ADMIN)));
            for (CoAdministratorRow row : rows) {
                Div line = new Div(new Span(row.displayName() + " <" + row.email() + ">"));
                line.addClassName("co-admin-line");
                if (mayRemove) {
                    line.add(removeButton(details, row, consent, changed));
                }
                add(line);
            }
            add(consent);
            if (mayAdd) {
                add(addForm(details, consent, changed));
            }
        }

        private Component addForm(RequestDetails details, TextArea consent, Runnable changed) {
            ComboBox<CoAdministratorCandidate> candidate = new ComboBox<>(getTranslation("tenant.co-admin.candidate"));
            candidate.setId("co-admin-candidate");
            candidate.setItems(coAdministrators.candidates(details.id()));
            candidate.setItemLabelGenerator(c -> c.displayName() + " <" + c.email() + ">");
            Button add = new Button(getTranslation("tenant.co-admin.add"), new Icon(VaadinIcon.PLUS), click -> {
                if (candidate.getValue() == null) {
                    candidate.setInvalid(true);
                    candidate.setErrorMessage(getTranslation("validation.required"));
                    return;
                }
                String name = candidate.getValue().displayName();
                if (perform(consent, () -> coAdministrators.add(details.id(), details.version(),
                        candidate.getValue().userId(), consent.getValue()))) {
                    Notifications.success(getTranslation("tenant.co-admin.added", name));
                    changed.run();
                }
            });
            add.setId("co-admin-add");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Div form = new Div(candidate, add);
            form.addClassName("co-admin-form");
            return form;
        }

        /** Runs the change; a refusal (e.g. the consent note missing) is shown at the note, nothing is lost. */
        private boolean perform(TextArea consent, Runnable change) {
            try {
                change.run();
                return true;
            } catch (DomainException e) {
                String message = getTranslation(e.getMessageKey(), e.getArguments());
                if (consent.isVisible()) {
                    consent.setInvalid(true);
                    consent.setErrorMessage(message);
                } else {
                    Notifications.error(message);
                }
                return false;
            }
        }

        private Button removeButton(RequestDetails details, CoAdministratorRow row, TextArea consent, Runnable changed) {
            Button remove = new Button(getTranslation("tenant.co-admin.remove"), new Icon(VaadinIcon.TRASH), click -> {
                if (perform(consent, () -> coAdministrators.remove(details.id(), details.version(), row.userId(),
                        consent.getValue()))) {
                    Notifications.success(getTranslation("tenant.co-admin.removed", row.displayName()));
                    changed.run();
                }
            });
            remove.setId("co-admin-remove-" + row.userId());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return remove;
        }
    }
}
