package com.activationdesk.screening;

/** What a country rule does to a request for that country. */
public enum CountryEffect {
    /** The request cannot be forwarded to Cloud Ops (embargo). */
    BLOCK,
    /** The request may be forwarded, but the CAM/DAM is shown the restriction to check first. */
    REVIEW
}
