package com.activationdesk;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * One security-context holder for every test Spring context in the JVM. Vaadin otherwise creates one per context
 * and installs the newest globally: an older, cached context then checks {@code @PreAuthorize} against a holder
 * that {@link RunAs}, {@code CurrentUser} and the browserless tests no longer fill, and tests fail depending on
 * the order of the test classes. (Vaadin's own bean steps back: it is {@code @ConditionalOnMissingBean}.)
 */
@TestConfiguration(proxyBeanMethods = false)
public class SharedSecurityContextStrategy {

    private static final SecurityContextHolderStrategy SHARED = new VaadinAwareSecurityContextHolderStrategy();

    @Bean
    SecurityContextHolderStrategy sharedSecurityContextHolderStrategy() {
        return SHARED;
    }
}
