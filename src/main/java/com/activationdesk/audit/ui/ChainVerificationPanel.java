package com.activationdesk.audit.ui;

import java.util.concurrent.CompletableFuture;

import com.activationdesk.audit.AuditChainVerifier;
import com.activationdesk.audit.ChainBreak;
import com.activationdesk.audit.ChainVerification;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;

/**
 * Verifies the audit chain on demand: the walk runs in the background (it can take a while on a large log), the
 * page polls its progress twice a second and shows the result when it is done.
 */
class ChainVerificationPanel extends HorizontalLayout {

    static final int POLL_MILLIS = 500;

    private final AuditChainVerifier verifier;
    private final Button verify = new Button();
    private final ProgressBar bar = new ProgressBar(0, 1);
    private final Span status = new Span();
    private Registration polling;

    ChainVerificationPanel(AuditChainVerifier verifier) {
        this.verifier = verifier;
        setId("audit-chain");
        setAlignItems(FlexComponent.Alignment.CENTER);
        verify.setId("audit-chain-verify");
        verify.setText(getTranslation("audit.chain.verify"));
        verify.setIcon(VaadinIcon.SHIELD.create());
        verify.addClickListener(e -> start());
        bar.setId("audit-chain-progress");
        bar.setWidth("12em");
        bar.setVisible(false);
        status.setId("audit-chain-status");
        add(verify, bar, status);
    }

    /** Starts (or joins) a verification; progress and result reach the page through polling. */
    CompletableFuture<ChainVerification> start() {
        UI ui = UI.getCurrent();
        CompletableFuture<ChainVerification> running = verifier.start();
        verify.setEnabled(false);
        bar.setValue(0);
        bar.setVisible(true);
        status.setText(getTranslation("audit.chain.running"));
        status.getElement().removeAttribute("theme");
        stopPolling(ui);
        ui.setPollInterval(POLL_MILLIS);
        polling = ui.addPollListener(e -> showProgress());
        running.whenComplete((result, failure) -> ui.access(() -> finished(ui, result, failure)));
        return running;
    }

    private void showProgress() {
        verifier.progress().ifPresent(progress -> {
            bar.setValue(progress.fraction());
            status.setText(getTranslation("audit.chain.progress", progress.checked(), progress.total()));
        });
    }

    private void finished(UI ui, ChainVerification result, Throwable failure) {
        stopPolling(ui);
        verify.setEnabled(true);
        bar.setVisible(false);
        if (failure != null) {
            show(getTranslation("audit.chain.failed"), "badge error");
        } else if (result.intact()) {
            show(getTranslation("audit.chain.intact", result.checked(), result.took().toMillis() / 1000.0,
                    result.headId()), "badge success");
        } else {
            ChainBreak broken = result.firstBreak();
            show(getTranslation("audit.chain.broken", broken.entryId(),
                    getTranslation("audit.chain.kind." + broken.kind().name())), "badge error");
        }
    }

    private void show(String text, String theme) {
        status.setText(text);
        status.getElement().setAttribute("theme", theme);
    }

    private void stopPolling(UI ui) {
        if (polling != null) {
            polling.remove();
            polling = null;
            ui.setPollInterval(-1);
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopPolling(detachEvent.getUI());
    }
}
