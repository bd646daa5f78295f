package com.activationdesk.security.ui;

import com.activationdesk.organization.service.ContactPerson;
import com.activationdesk.organization.service.OrganizationService;
import com.activationdesk.security.CurrentUser;
import com.activationdesk.security.UserPrincipal;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Landing page of every role: who I am, for which organisation, and whom a partner asks first. */
@Route("")
@Menu(title = "menu.home", icon = "vaadin:home", order = 0)
@PermitAll
public class HomeView extends Main implements HasDynamicTitle {

    public HomeView(CurrentUser currentUser, OrganizationService organizationService) {
        addClassName("page");
        UserPrincipal user = currentUser.require();
        add(new H2(getTranslation("home.welcome", user.displayName())),
                new Paragraph(getTranslation("home.signed-in-as", getTranslation(user.role().messageKey()),
                        user.organizationName())));
        var contacts = organizationService.firstContacts(user.organizationId());
        if (!contacts.isEmpty()) {
            Div box = new Div(new H3(getTranslation("home.first-contact")));
            box.setId("first-contact");
            box.addClassName("card");
            for (ContactPerson contact : contacts) {
                Div line = new Div(new Span(contact.name() + " (" + getTranslation(contact.roleKey())
                        + (contact.viaDistributor() == null ? "" : ", " + contact.viaDistributor()) + ") "),
                        new Anchor("mailto:" + contact.email(), contact.email()));
                box.add(line);
            }
            add(box);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.home");
    }
}
