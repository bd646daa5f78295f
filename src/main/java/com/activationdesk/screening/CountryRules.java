package com.activationdesk.screening;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * The configured embargoed and restricted destinations ({@code activationdesk.screening.country-rules[n].country},
 * {@code .legal-reference}, {@code .effect}); a country listed twice is a configuration error found at start-up.
 */
@Component
public class CountryRules {

    private final Map<String, CountryRule> byCountry = new LinkedHashMap<>();

    CountryRules(Properties properties) {
        for (CountryRule rule : properties.countryRules() == null ? List.<CountryRule>of() : properties.countryRules()) {
            if (byCountry.put(rule.country(), rule) != null) {
                throw new IllegalStateException("Two country rules for " + rule.country());
            }
        }
    }

    /** The rule for a destination, if it is restricted. */
    public Optional<CountryRule> ruleFor(String countryIso2) {
        return countryIso2 == null ? Optional.empty()
                : Optional.ofNullable(byCountry.get(countryIso2.strip().toUpperCase(Locale.ROOT)));
    }

    /** Refuses a blocked destination with its legal reference; a REVIEW or unrestricted one passes. */
    public void requireNotBlocked(String countryIso2) {
        ruleFor(countryIso2).filter(rule -> rule.effect() == CountryEffect.BLOCK).ifPresent(rule -> {
            throw new CountryBlockedException(rule);
        });
    }

    public List<CountryRule> all() {
        return List.copyOf(byCountry.values());
    }

    @ConfigurationProperties("activationdesk.screening")
    record Properties(List<CountryRule> countryRules) {
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(Properties.class)
    static class Registration {
    }
}
