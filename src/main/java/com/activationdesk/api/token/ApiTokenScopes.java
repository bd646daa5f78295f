package com.activationdesk.api.token;

/** What a token may do: read only (GET), or read and change (every method). Stable names, stored as such. */
public enum ApiTokenScopes {
    READ, READ_WRITE;

    public boolean mayWrite() {
        return this == READ_WRITE;
    }
}
