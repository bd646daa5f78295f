package com.activationdesk.request.ui;

import com.activationdesk.base.ui.Formats;
import com.activationdesk.request.RequestBadges;
import com.activationdesk.request.service.RequestRow;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** One request as a card, for the grid at phone width: what tells the requests apart, without a table to scroll. */
final class RequestCard {

    private RequestCard() {
    }

    static Component of(RequestRow row, Formats formats) {
        Span reference = new Span(row.reference());
        reference.addClassName("request-card-reference");
        Div top = new Div(reference, RequestBadges.status(row.status()));
        top.addClassName("request-card-top");
        Div customer = new Div(row.customerName() == null ? Formats.EMPTY : row.customerName());
        customer.addClassName("request-card-customer");
        Div partner = new Div(row.partnerName());
        partner.addClassName("cell-secondary");
        Div bottom = new Div();
        bottom.addClassName("request-card-bottom");
        if (row.slaState() != null) {
            bottom.add(RequestBadges.sla(row.slaState()));
        }
        Span updated = new Span(formats.dateTimeWithZone(row.updatedAt()));
        updated.addClassName("cell-secondary");
        bottom.add(updated);
        Div card = new Div(top, customer, partner, bottom);
        card.addClassName("request-card");
        return card;
    }
}
