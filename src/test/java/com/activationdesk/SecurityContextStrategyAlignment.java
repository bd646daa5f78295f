package com.activationdesk;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Each application context installs its own {@link SecurityContextHolderStrategy} (Vaadin's, one ThreadLocal per
 * instance) as the JVM-global one when it starts. {@code @WithUserDetails} writes the user into the strategy bean
 * of the test's own context, while Vaadin and browserless tests read the global one: once another context has
 * started after it, a cached browserless context sees nobody logged in and lands on the login view. Before every
 * test method (and before {@code WithSecurityContextTestExecutionListener}), the test's context's strategy is
 * made the global one again.
 */
public class SecurityContextStrategyAlignment implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifUnique(SecurityContextHolder::setContextHolderStrategy);
    }

    @Override
    public int getOrder() {
        return 9_000; // WithSecurityContextTestExecutionListener runs at 10 000
    }
}
