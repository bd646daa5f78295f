package com.activationdesk;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Runs a piece of a test as a real user from the database, so one test can walk a request through many hands. */
@Component
public class RunAs {

    private final UserDetailsService userDetailsService;
    /** The strategy bean of this Spring context: its method security reads the user from here. */
    private final SecurityContextHolderStrategy contextStrategy;

    public RunAs(UserDetailsService userDetailsService, ObjectProvider<SecurityContextHolderStrategy> contextStrategy) {
        this.userDetailsService = userDetailsService;
        this.contextStrategy = contextStrategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /**
     * Sets the user in this context's strategy and in the global holder ({@code CurrentUser} reads that). They
     * differ once a second Spring context (the browserless tests') has started in the same JVM: Vaadin installs
     * each context's own strategy globally, so the global one then belongs to the other context.
     */
    public <T> T as(String email, Supplier<T> work) {
        List<SecurityContextHolderStrategy> holders =
                Stream.of(contextStrategy, SecurityContextHolder.getContextHolderStrategy()).distinct().toList();
        List<SecurityContext> previous = holders.stream().map(SecurityContextHolderStrategy::getContext).toList();
        UserDetails user = userDetailsService.loadUserByUsername(email);
        SecurityContext context = contextStrategy.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        holders.forEach(holder -> holder.setContext(context));
        try {
            return work.get();
        } finally {
            for (int i = 0; i < holders.size(); i++) {
                holders.get(i).setContext(previous.get(i));
            }
        }
    }

    public void run(String email, Runnable work) {
        as(email, () -> {
            work.run();
            return null;
        });
    }
}
