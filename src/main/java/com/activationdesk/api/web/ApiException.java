package com.activationdesk.api.web;

import org.springframework.http.HttpStatus;

/** A problem the API itself finds (body, headers, cursor), answered as {@code api.problem.<type>}. */
class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final String detailKey;
    private final transient Object[] arguments;

    ApiException(HttpStatus status, String type, String detailKey, Object... arguments) {
        super(type + ": " + detailKey);
        this.status = status;
        this.type = type;
        this.detailKey = detailKey;
        this.arguments = arguments;
    }

    HttpStatus status() {
        return status;
    }

    String type() {
        return type;
    }

    String detailKey() {
        return detailKey;
    }

    Object[] arguments() {
        return arguments.clone();
    }
}
