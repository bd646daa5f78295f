package com.activationdesk.organization.domain;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface PasswordResetRepository extends JpaRepository<PasswordReset, Long> {

    Optional<PasswordReset> findByTokenHash(String tokenHash);

    boolean existsByUserIdAndCreatedAtAfter(long userId, Instant after);

    /**
     * Uses the link if it is still live: of two parallel uses exactly one gets the row.
     *
     * @return 1 if this call used it
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update PasswordReset r set r.usedAt = :now where r.id = :id and r.usedAt is null and r.expiresAt > :now")
    int use(long id, Instant now);

    /**
     * Gives the link a new secret (its hash), replacing the one of an earlier delivery attempt, if it is still
     * live: neither used nor ended by a newer link, nor expired.
     *
     * @return 1 if minted
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update PasswordReset r set r.tokenHash = :tokenHash
            where r.id = :id and r.usedAt is null and r.expiresAt > :now""")
    int replaceToken(long id, String tokenHash, Instant now);

    /** A newer link or a new password ends every older open link of the user. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update PasswordReset r set r.usedAt = :now where r.userId = :userId and r.usedAt is null")
    int endOpenLinks(long userId, Instant now);
}
