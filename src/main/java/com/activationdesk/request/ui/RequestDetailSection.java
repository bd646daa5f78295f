package com.activationdesk.request.ui;

import java.util.Optional;

import com.activationdesk.request.service.RequestDetails;
import com.vaadin.flow.component.Component;
import org.springframework.modulith.NamedInterface;

/**
 * A part of the request detail view that another feature contributes (e.g. co-administrators), so the request
 * module shows it without depending on that feature. Implementations are Spring beans; each call builds new
 * components for one UI.
 */
@NamedInterface("detail-section")
public interface RequestDetailSection {

    /**
     * @param changed call after changing the request, so the view reloads it (new version, timeline)
     * @return the section, or empty when it has nothing to show for this request and viewer
     */
    Optional<Component> create(RequestDetails details, Runnable changed);
}
