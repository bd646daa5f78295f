package com.activationdesk.base.ui;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import org.springframework.stereotype.Component;

/**
 * The time zone a viewer reads times in: the browser's, once it has told it, else the business zone
 * ({@code activationdesk.sla.zone}, provided as a {@link ZoneId} bean, so this shell knows no feature module).
 */
@Component
public class ViewerTime {

    private final ZoneId businessZone;

    public ViewerTime(ZoneId businessZone) {
        this.businessZone = businessZone;
    }

    /** The zone of working days and due dates; also where a "today" is meant for everyone alike. */
    public ZoneId businessZone() {
        return businessZone;
    }

    /** The current browser's zone if already known, else the business zone. */
    public ZoneId zone() {
        UI ui = UI.getCurrent();
        ExtendedClientDetails details = ui == null ? null : ui.getPage().getExtendedClientDetails();
        return details == null ? businessZone : parse(details.getTimeZoneId()).orElse(businessZone);
    }

    public Formats formats(Locale locale) {
        return new Formats(locale, zone());
    }

    /**
     * Asks the browser for its zone and hands it to {@code action} (in the UI's thread) when it is a valid one;
     * views that render before the answer arrives render again with it.
     */
    public void onBrowserZone(Consumer<ZoneId> action) {
        UI.getCurrent().getPage().retrieveExtendedClientDetails(
                details -> parse(details.getTimeZoneId()).ifPresent(action));
    }

    /** The browser's zone id as a zone; empty for a missing or unknown id, so callers keep their fallback. */
    static Optional<ZoneId> parse(String timeZoneId) {
        if (timeZoneId == null || timeZoneId.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(timeZoneId));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
