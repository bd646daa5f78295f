package com.activationdesk.request.service;

import com.activationdesk.request.VisibleRequests;
import com.activationdesk.request.domain.ActivationRequest;
import com.activationdesk.security.CurrentUser;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.springframework.stereotype.Component;

/** {@link VisibleRequests} as a subquery over the requests restricted by {@link RequestScope}. */
@Component
class ScopedVisibleRequests implements VisibleRequests {

    private final RequestScope scope;
    private final CurrentUser currentUser;

    ScopedVisibleRequests(RequestScope scope, CurrentUser currentUser) {
        this.scope = scope;
        this.currentUser = currentUser;
    }

    @Override
    public Predicate contain(Expression<Long> requestId, CriteriaQuery<?> query, CriteriaBuilder cb) {
        Subquery<Long> visible = query.subquery(Long.class);
        Root<ActivationRequest> request = visible.from(ActivationRequest.class);
        visible.select(request.get("id")).where(scope.of(currentUser.require()).toPredicate(request, query, cb));
        return requestId.in(visible);
    }
}
