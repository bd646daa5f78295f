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

    /** @return 1 if the row was there; 0 if someone removed it meanwhile */
    @Modifying
    @Query("DELETE FROM CoAdministrator c WHERE c.id.requestId = :requestId AND c.id.userId = :userId")
    int remove(@Param("requestId") long requestId, @Param("userId") long userId);
}
