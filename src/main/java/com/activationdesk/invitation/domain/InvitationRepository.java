package com.activationdesk.invitation.domain;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface InvitationRepository extends JpaRepository<Invitation, Long> {

    Optional<Invitation> findByTokenHash(String tokenHash);

    /**
     * Kills every earlier link of the request that was neither used nor replaced yet (an expired one too, so the
     * table shows which link replaced it).
     */
    @Modifying
    @Query("""
            UPDATE Invitation i SET i.supersededAt = :now, i.supersededById = :newId
            WHERE i.requestId = :requestId AND i.id <> :newId AND i.usedAt IS NULL AND i.supersededAt IS NULL""")
    int supersedeOthers(@Param("requestId") long requestId, @Param("newId") long newId, @Param("now") Instant now);

    /**
     * Gives the link a new secret if it can still be used at {@code now}; the previous hash (of an earlier delivery
     * attempt) stops working in the same statement.
     *
     * @return 1 when the new hash is stored, 0 when the link was used, replaced or expired
     */
    @Modifying
    @Query("""
            UPDATE Invitation i SET i.tokenHash = :tokenHash
            WHERE i.id = :id AND i.usedAt IS NULL AND i.supersededAt IS NULL AND i.expiresAt > :now""")
    int replaceToken(@Param("id") long id, @Param("tokenHash") String tokenHash, @Param("now") Instant now);

    /**
     * Uses the link if, and only if, it is still live at {@code now}. One statement, so the database's row lock
     * decides between two parallel activations: the second one waits for the first and then updates no row.
     *
     * @return 1 when this caller used the link, 0 when it was used, replaced or expired meanwhile
     */
    @Modifying
    @Query("""
            UPDATE Invitation i SET i.usedAt = :now
            WHERE i.id = :id AND i.usedAt IS NULL AND i.supersededAt IS NULL AND i.expiresAt > :now""")
    int markUsed(@Param("id") long id, @Param("now") Instant now);
}
