package com.activationdesk.invitation.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CoAdministratorRepository extends JpaRepository<CoAdministrator, CoAdministratorId> {

    /** The co-administrators of one tenant with their users, by name, in one SELECT. */
    @Query("""
            SELECT c FROM CoAdministrator c JOIN FETCH c.user JOIN FETCH c.addedBy
            WHERE c.id.requestId = :requestId ORDER BY c.user.displayName, c.user.email""")
    List<CoAdministrator> findByRequest(@Param("requestId") long requestId);

    /**
     * The tenants a user co-administers outside the given partner ({@code partner_id} is kept by changeset 019),
     * or all of them when {@code partnerId} is {@code null}.
     */
    @Query(value = """
            SELECT request_id FROM request_co_admin
            WHERE user_id = :userId AND (:partnerId IS NULL OR partner_id <> :partnerId) ORDER BY request_id""",
            nativeQuery = true)
    List<Long> findRequestIdsOutsidePartner(@Param("userId") long userId, @Param("partnerId") Long partnerId);

    /** @return 1 if the row was there; 0 if someone removed it meanwhile */
    @Modifying
    @Query("DELETE FROM CoAdministrator c WHERE c.id.requestId = :requestId AND c.id.userId = :userId")
    int remove(@Param("requestId") long requestId, @Param("userId") long userId);
}
