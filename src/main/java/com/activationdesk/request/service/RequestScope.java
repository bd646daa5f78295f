package com.activationdesk.request.service;

import java.util.Optional;

import com.activationdesk.base.domain.NotFoundException;
import com.activationdesk.base.securitylog.ClientAddress;
import com.activationdesk.base.securitylog.SecurityEvent;
import com.activationdesk.base.securitylog.SecurityEventLog;
import com.activationdesk.request.domain.ActivationRequest;
import com.activationdesk.request.domain.ActivationRequestRepository;
import com.activationdesk.security.UserPrincipal;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * The one translation of "who is logged in" into "which requests exist for them" (PROCESS.md, roles table).
 * Every read and every action loads requests through this restriction, so a request outside the scope behaves
 * exactly like one that does not exist. It is derived from the principal only, never from UI input.
 */
@Component
public class RequestScope {

    private final SecurityEventLog securityLog;
    private final ActivationRequestRepository requests;

    RequestScope(SecurityEventLog securityLog, ActivationRequestRepository requests) {
        this.securityLog = securityLog;
        this.requests = requests;
    }

    /** The request with this id in the user's scope (one statement); "not found" otherwise, see {@link #refused}. */
    ActivationRequest load(long id, UserPrincipal user) {
        Specification<ActivationRequest> byId = (root, query, cb) -> cb.equal(root.get("id"), id);
        return requests.findOne(byId.and(of(user))).orElseThrow(() -> refused(id, user));
    }

    public Specification<ActivationRequest> of(UserPrincipal user) {
        return (root, query, cb) -> switch (user.role()) {
            case ADMIN -> cb.conjunction();
            case PARTNER -> cb.equal(root.get("partner").get("id"), user.organizationId());
            // Distributors see a request once the partner has sent it, not its drafts.
            case DISTRIBUTOR -> cb.and(cb.equal(root.get("distributor").get("id"), user.organizationId()),
                    cb.isNotNull(root.get("submittedAt")));
            // The responsible manager is set on submission, so this alone excludes drafts (and stays index-only).
            case CAM, DAM -> cb.equal(root.get("responsibleManager").get("id"), user.userId());
            case CLOUD_OPS -> cb.isNotNull(root.get("reachedCloudOpsAt"));
            case CUSTOMER_ADMIN -> cb.equal(root.get("customerOrganizationId"), user.organizationId());
        };
    }

    /**
     * The answer to a request id outside the user's scope: "not found", as for an id that does not exist (the
     * security log cannot tell those apart either, and says so).
     */
    NotFoundException refused(long requestId, UserPrincipal user) {
        securityLog.record(SecurityEvent.ACCESS_DENIED, user.email(), ClientAddress.current(),
                "request " + requestId + " outside the data scope or not existing");
        return new NotFoundException("request");
    }

    /**
     * The rows of {@code request_scope_status} (changeset 018) whose sum is exactly this user's scope, as
     * "scope_kind = ? AND scope_id = ?" over that table; empty for roles whose scope has no kept counts.
     */
    Optional<String> keptCounts(UserPrincipal user, MapSqlParameterSource params) {
        String kind = switch (user.role()) {
            case PARTNER -> "P";
            case DISTRIBUTOR -> "D"; // the triggers count a distributor's requests from their submission on
            case CAM, DAM -> "M";
            case ADMIN, CLOUD_OPS, CUSTOMER_ADMIN -> null;
        };
        if (kind == null) {
            return Optional.empty();
        }
        params.addValue("keptKind", kind);
        params.addValue("keptId", kind.equals("M") ? user.userId() : user.organizationId());
        return Optional.of("scope_kind = :keptKind AND scope_id = :keptId");
    }

    /**
     * The same restriction as SQL over table alias {@code r}, for the grid's native queries; binds its values
     * into {@code params}. Kept next to {@link #of} so the two cannot drift apart (DataScopeTest checks both).
     */
    public String sql(UserPrincipal user, MapSqlParameterSource params) {
        params.addValue("scopeOrganizationId", user.organizationId());
        params.addValue("scopeUserId", user.userId());
        return switch (user.role()) {
            case ADMIN -> "TRUE";
            case PARTNER -> "r.partner_id = :scopeOrganizationId";
            case DISTRIBUTOR -> "(r.distributor_id = :scopeOrganizationId AND r.submitted_at IS NOT NULL)";
            case CAM, DAM -> "r.responsible_manager_id = :scopeUserId";
            case CLOUD_OPS -> "r.reached_cloud_ops_at IS NOT NULL";
            case CUSTOMER_ADMIN -> "r.customer_organization_id = :scopeOrganizationId";
        };
    }
}
