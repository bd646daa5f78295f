package com.activationdesk.request.ui;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.activationdesk.base.ui.ActorLabels;
import com.activationdesk.organization.domain.PartnerTier;
import com.activationdesk.organization.service.ContactPerson;
import com.activationdesk.request.service.DistributorChoice;
import com.activationdesk.request.service.PartnerRouting;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Who handles the request first: the partner's tier, for tier 2 the distributor it routes through, and the
 * first contact that follows from both. Not part of the customer data, so no record and no binder.
 */
class RoutingSection extends Composite<Section> {

    /** The service's name for the distributor choice in its findings. */
    static final String DISTRIBUTOR_FIELD = "distributorId";

    private final TextField partnerTier = new TextField();
    private final ComboBox<DistributorChoice> distributor = new ComboBox<>();
    private final Span firstContact = new Span();
    private PartnerRouting routing;
    private List<ContactPerson> contacts = List.of();

    RoutingSection() {
        partnerTier.setId("partner-tier");
        partnerTier.setLabel(getTranslation("request.form.field.partnerTier"));
        partnerTier.setReadOnly(true);
        distributor.setId(DISTRIBUTOR_FIELD);
        distributor.setLabel(getTranslation("request.form.field." + DISTRIBUTOR_FIELD));
        distributor.setRequiredIndicatorVisible(true);
        distributor.setManualValidation(true);
        distributor.setItemLabelGenerator(DistributorChoice::name);
        distributor.addValueChangeListener(event -> showFirstContact());
        firstContact.setId("first-contact");
        firstContact.addClassName("first-contact");
        Div contact = new Div(new Span(getTranslation("request.form.first-contact") + " "), firstContact);
        contact.addClassName("first-contact-line");
        FormLayout layout = new FormLayout(partnerTier, distributor, contact);
        layout.setColspan(contact, 2);
        RequestSection.frame(getContent(), "routing", layout);
    }

    /** Shows the partner's routing; a tier-2 partner with a single distributor has it chosen already. */
    void show(PartnerRouting partnerRouting, List<ContactPerson> firstContacts) {
        routing = partnerRouting;
        contacts = firstContacts;
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
            distributor.setValue(routing.distributors().getFirst());
        }
        showFirstContact();
    }

    void choose(Long distributorId) {
        distributor.setValue(routing.distributors().stream()
                .filter(choice -> Objects.equals(choice.id(), distributorId)).findFirst().orElse(null));
    }

    /** The chosen distributor; always {@code null} for a tier-1 partner. */
    Long distributorId() {
        DistributorChoice chosen = distributor.getValue();
        return routing.tier() == PartnerTier.TIER_2 && chosen != null ? chosen.id() : null;
    }

    HasValidationProperties distributorField() {
        return distributor;
    }

    void onChange(Runnable listener) {
        distributor.addValueChangeListener(event -> listener.run());
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
}
