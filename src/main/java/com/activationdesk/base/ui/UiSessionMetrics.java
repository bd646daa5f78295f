package com.activationdesk.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Live Vaadin sessions and UIs (open tabs) of this instance: {@code activationdesk.ui.sessions} and
 * {@code activationdesk.ui.tabs}. A tab counts until its UI is detached — closed by the browser's beacon or
 * after three missed heartbeats — a session until it is destroyed (logout or time-out).
 */
@Component
class UiSessionMetrics implements VaadinServiceInitListener, MeterBinder {

    private final AtomicInteger sessions = new AtomicInteger();
    private final AtomicInteger tabs = new AtomicInteger();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> sessions.incrementAndGet());
        event.getSource().addSessionDestroyListener(destroy -> sessions.decrementAndGet());
        event.getSource().addUIInitListener(init -> {
            tabs.incrementAndGet();
            init.getUI().addDetachListener(detach -> tabs.decrementAndGet());
        });
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("activationdesk.ui.sessions", sessions, AtomicInteger::get)
                .description("Vaadin sessions alive on this instance").register(registry);
        Gauge.builder("activationdesk.ui.tabs", tabs, AtomicInteger::get)
                .description("Vaadin UIs (browser tabs) alive on this instance").register(registry);
    }
}
