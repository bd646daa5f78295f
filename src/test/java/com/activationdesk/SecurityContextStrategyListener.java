package com.activationdesk;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Points the static {@link SecurityContextHolder} at the strategy of the Spring context the current test runs in.
 *
 * <p>Vaadin registers a {@code VaadinAwareSecurityContextHolderStrategy} bean (with its own ThreadLocal) in every
 * context and installs it into the static holder when that context starts. With two cached test contexts
 * ({@link IntegrationTest}, {@link UiTest}) the one started last wins: when a test class of the first one runs
 * afterwards, {@code @WithUserDetails} writes into its context's strategy while Vaadin and method security read
 * the other one, so the user looks anonymous (UI tests land on the login view). Runs before Spring Security's
 * {@code WithSecurityContextTestExecutionListener} (order 10000).
 */
public class SecurityContextStrategyListener implements TestExecutionListener, Ordered {

    @Override
    public int getOrder() {
        return 5000;
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        useStrategyOf(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        useStrategyOf(testContext);
    }

    private static void useStrategyOf(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }
}
