package com.activationdesk.security;

import java.time.Clock;

import com.activationdesk.organization.service.PasswordGuesses;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** The login's {@link LoginThrottle} behind the current-password check of "change my password". */
@Component
class CurrentPasswordGuesses implements PasswordGuesses {

    private final LoginThrottle throttle;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    CurrentPasswordGuesses(LoginThrottle throttle, Clock clock, PlatformTransactionManager transactions) {
        this.throttle = throttle;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        // The refused change rolls back; the failure must stay counted.
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public boolean locked(String email, String address) {
        return throttle.isLocked(email, address, clock.instant());
    }

    @Override
    public void wrong(String email, String address) {
        ownTransaction.executeWithoutResult(status -> throttle.recordFailure(email, address, clock.instant()));
    }
}
