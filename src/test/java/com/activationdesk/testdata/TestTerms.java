package com.activationdesk.testdata;

import com.activationdesk.base.domain.Sha256;
import com.activationdesk.request.TermsAcceptance;

/** The evidence of an accepted terms version, for tests that activate without the activation page. */
public final class TestTerms {

    public static final String CLIENT_ADDRESS = "203.0.113.7";
    public static final String USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) ActivationDeskTest/1.0";

    private TestTerms() {
    }

    public static TermsAcceptance accepted(String termsVersion) {
        return new TermsAcceptance(termsVersion, Sha256.hex("Terms of use " + termsVersion), CLIENT_ADDRESS,
                USER_AGENT);
    }
}
