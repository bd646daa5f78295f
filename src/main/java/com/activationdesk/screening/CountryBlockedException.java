package com.activationdesk.screening;

import com.activationdesk.base.domain.DomainException;

/** A request for an embargoed destination may not reach Cloud Ops. */
public class CountryBlockedException extends DomainException {

    public CountryBlockedException(CountryRule rule) {
        super("screening.country-blocked", rule.country(), rule.legalReference());
    }
}
