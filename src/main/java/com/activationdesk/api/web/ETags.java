package com.activationdesk.api.web;

import org.springframework.http.HttpStatus;

/** A request's version as a strong ETag ({@code "7"}), and the If-Match every change must send. */
final class ETags {

    private ETags() {
    }

    static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version named by If-Match: missing → 428, not one version → 400. */
    static long required(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            throw new ApiException(HttpStatus.PRECONDITION_REQUIRED, "if-match-required",
                    "api.problem.if-match-required.detail");
        }
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() < 3 || !value.startsWith("\"") || !value.endsWith("\"")) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "if-match-invalid", "api.problem.if-match-invalid.detail");
        }
        try {
            return Long.parseLong(value.substring(1, value.length() - 1));
        } catch (NumberFormatException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "if-match-invalid", "api.problem.if-match-invalid.detail");
        }
    }
}
