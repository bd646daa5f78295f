package com.activationdesk.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Makes the page for an unknown URL answer HTTP 404, not 200. Vaadin normally sends the same host page for every
 * URL and navigates in a later request, so the status that {@link NotFoundView} returns never reaches the
 * browser; for a URL no route matches, the first navigation runs within the page request ("initial UIDL"), and
 * the router sets that response's status. Known routes keep the usual bootstrap.
 */
@Component
class NotFoundStatus implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        VaadinService service = event.getSource();
        service.setBootstrapInitialPredicate(request -> !isRoute(service, request));
    }

    private static boolean isRoute(VaadinService service, VaadinRequest request) {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        return service.getRouter().getRegistry().getNavigationTarget(path).isPresent();
    }
}
