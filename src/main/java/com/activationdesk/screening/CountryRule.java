package com.activationdesk.screening;

import java.util.Locale;

/**
 * An embargoed or restricted destination.
 *
 * @param country        ISO 3166-1 alpha-2 code
 * @param legalReference the legal act that restricts it, shown to the CAM/DAM and in refusals
 */
public record CountryRule(String country, String legalReference, CountryEffect effect) {

    public CountryRule {
        if (country == null || !country.strip().matches("[A-Za-z]{2}")) {
            throw new IllegalArgumentException("A country rule needs an ISO 3166-1 alpha-2 code, not " + country);
        }
        if (legalReference == null || legalReference.isBlank() || effect == null) {
            throw new IllegalArgumentException("The country rule for " + country + " needs a legal reference and an"
                    + " effect (BLOCK or REVIEW)");
        }
        country = country.strip().toUpperCase(Locale.ROOT);
    }
}
