package com.activationdesk.api.web;

import com.activationdesk.RunAs;
import com.activationdesk.api.token.ApiTokenScopes;
import com.activationdesk.api.token.ApiTokens;
import com.activationdesk.organization.domain.AppUserRepository;
import com.activationdesk.testdata.DemoUsers;
import com.activationdesk.testdata.Unique;

/** Issues API tokens through the admin's service, as the token view does. */
final class ApiTokensFixture {

    private final ApiTokens tokens;
    private final AppUserRepository users;
    private final RunAs runAs;

    ApiTokensFixture(ApiTokens tokens, AppUserRepository users, RunAs runAs) {
        this.tokens = tokens;
        this.users = users;
        this.runAs = runAs;
    }

    ApiTokens.IssuedToken issue(String userEmail, ApiTokenScopes scopes) {
        long userId = users.findByEmail(userEmail).orElseThrow().getId();
        return runAs.as(DemoUsers.VENDOR_ADMIN, () -> tokens.issue(userId, "ERP " + Unique.tag(), scopes, 30));
    }

    /** A read-and-write token of this user, as the secret. */
    String writer(String userEmail) {
        return issue(userEmail, ApiTokenScopes.READ_WRITE).secret();
    }

    void revoke(ApiTokens.IssuedToken token) {
        runAs.run(DemoUsers.VENDOR_ADMIN, () -> tokens.revoke(token.token().id()));
    }
}
