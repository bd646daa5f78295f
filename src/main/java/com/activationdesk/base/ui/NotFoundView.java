package com.activationdesk.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown for unknown URLs and for views the user may not open: both look the same, so a URL reveals nothing
 * about what exists outside the user's scope.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends Main implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        setId("not-found");
        addClassName("empty-state");
        add(new H2(getTranslation("error.page-not-found.title")),
                new Paragraph(getTranslation("error.page-not-found.text")),
                new Anchor("", getTranslation("error.page-not-found.home")));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    /** The tab title and, through {@link MainLayout}, the header above the page. */
    @Override
    public String getPageTitle() {
        return getTranslation("error.page-not-found.title");
    }
}
