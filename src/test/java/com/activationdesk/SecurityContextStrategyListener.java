package com.activationdesk;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Points Spring Security's static {@link SecurityContextHolder} at the strategy bean of the test's own context.
 * <p>
 * Vaadin makes every application context install its own {@code VaadinAwareSecurityContextHolderStrategy} (with
 * its own thread-local) as the static strategy when it starts, so the context started last wins. When the suite
 * returns to an earlier cached context ({@link UiTest} after {@link IntegrationTest}), {@code @WithUserDetails}
 * would put the user into the other context's holder, and that context's views and services would see nobody.
 * Registered for all Spring tests in {@code META-INF/spring.factories}.
 */
public class SecurityContextStrategyListener implements TestExecutionListener, Ordered {

    @Override
    public void prepareTestInstance(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    /** Before the security test listener sets up {@code @WithUserDetails} (order 10000). */
    @Override
    public int getOrder() {
        return 9000;
    }
}
