package com.activationdesk.api.web;

import jakarta.servlet.http.HttpServletRequest;

/** What the bearer filter learned about the current call, as request attributes. */
final class ApiCall {

    static final String TOKEN_ID = ApiCall.class.getName() + ".tokenId";

    private ApiCall() {
    }

    static long tokenId(HttpServletRequest request) {
        return (Long) request.getAttribute(TOKEN_ID);
    }

    /** Method and path, the operation an Idempotency-Key belongs to. */
    static String operation(HttpServletRequest request) {
        return request.getMethod() + " " + request.getRequestURI();
    }
}
