package com.activationdesk.api.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param requestsPerMinute calls one token may make per minute before it gets 429 (default 60)
 * @param maxBodyBytes      the largest request body accepted; a larger one gets 413 (default 64 KiB)
 */
@ConfigurationProperties("activationdesk.api")
record ApiProperties(Integer requestsPerMinute, Integer maxBodyBytes) {

    ApiProperties {
        requestsPerMinute = requestsPerMinute == null ? 60 : requestsPerMinute;
        maxBodyBytes = maxBodyBytes == null ? 64 * 1024 : maxBodyBytes;
    }
}
