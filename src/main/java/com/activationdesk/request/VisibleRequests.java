package com.activationdesk.request;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;

/**
 * The ids of the requests the logged-in user may see (their data scope), for other modules' records that belong
 * to a request and repeat its data (e.g. the mail log). Given as a condition for the caller's own query, so the
 * database matches the ids (an index lookup) rather than the application holding a million of them.
 */
public interface VisibleRequests {

    /** {@code requestId IN (ids of the requests in the logged-in user's scope)}, inside {@code query}. */
    Predicate contain(Expression<Long> requestId, CriteriaQuery<?> query, CriteriaBuilder cb);
}
