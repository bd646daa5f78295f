package com.activationdesk.screening;

import java.util.List;
import java.util.function.IntConsumer;

import com.activationdesk.screening.ScreenedRequests.RescreenTarget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Screens every open request and every activated tenant again after a list update, one transaction per request
 * (a long run holds no lock for long, and what is done stays done if the instance stops). A match the previous
 * screening did not have, on an activated tenant, is published as {@link ScreeningMatchOnActivatedTenant} in
 * that transaction, so the alert mail commits with the evidence. The lock order of {@link RequestScreening#screen}
 * keeps it from deadlocking with users' screenings; should the database still pick one of its transactions as a
 * deadlock victim (MariaDB 1213) or time out on a lock, that request is screened again, up to {@value #ATTEMPTS}
 * times.
 */
@Component
class Rescreening {

    static final String OCCASION = "LIST_UPDATE";
    static final int ATTEMPTS = 3;
    private static final Logger log = LoggerFactory.getLogger(Rescreening.class);

    private final ScreenedRequests requests;
    private final RequestScreening screening;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    Rescreening(ScreenedRequests requests, RequestScreening screening, ApplicationEventPublisher events,
                PlatformTransactionManager transactions) {
        this.requests = requests;
        this.screening = screening;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
    }

    List<RescreenTarget> targets() {
        return requests.rescreenTargets();
    }

    /**
     * @param progress told the number of requests done after each one
     * @return the number of activated tenants with a new match
     */
    int rescreen(List<RescreenTarget> targets, IntConsumer progress) {
        int alerts = 0;
        // The shutdown interrupts the worker: stop between two requests, each done one stays done.
        for (int i = 0; i < targets.size() && !Thread.currentThread().isInterrupted(); i++) {
            alerts += rescreen(targets.get(i), 1) ? 1 : 0;
            progress.accept(i + 1);
        }
        return alerts;
    }

    /** @return whether the target is an activated tenant with a new match (and the alert was published) */
    private boolean rescreen(RescreenTarget target, int attempt) {
        try {
            return Boolean.TRUE.equals(transaction.execute(status -> requests.find(target.requestId())
                    .map(request -> {
                        RequestScreening.Outcome outcome = screening.screen(request, OCCASION);
                        if (outcome.newMatches() > 0 && target.activated()) {
                            events.publishEvent(new ScreeningMatchOnActivatedTenant(request.requestId(),
                                    request.reference(), outcome.screeningId(), outcome.newMatches()));
                            return true;
                        }
                        return false;
                    }).orElse(false)));
        } catch (PessimisticLockingFailureException e) {
            if (attempt >= ATTEMPTS) {
                throw e;
            }
            log.warn("Re-screen of request {} rolled back by the database (attempt {} of {}), trying again: {}",
                    target.requestId(), attempt, ATTEMPTS, e.getMessage());
            return rescreen(target, attempt + 1);
        }
    }
}
