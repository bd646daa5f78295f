package com.activationdesk.organization.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AppUserRepository extends JpaRepository<AppUser, Long>, JpaSpecificationExecutor<AppUser> {

    @EntityGraph(attributePaths = "organization")
    Optional<AppUser> findByEmail(String email);

    boolean existsByEmail(String email);

    List<AppUser> findByRoleAndEnabledTrueOrderByDisplayName(Role role);

    List<AppUser> findByOrganizationOrderByDisplayName(Organization organization);

    /** The security stamp of an enabled user; empty when the user is disabled or gone. One primary-key read. */
    @Query("SELECT u.securityVersion FROM AppUser u WHERE u.id = :id AND u.enabled = true")
    Optional<Long> findSecurityVersionOfEnabled(@Param("id") long id);

    /*
     * Login protection. Bulk updates, atomic in the database (several instances count the same attempts) and
     * without a version bump (an admin's open form of the user stays valid).
     */

    /** Counts one more failed login; a count whose last failure is older than {@code forgetBefore} starts again. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update AppUser u set u.failedLogins = case when u.lastFailedLoginAt is null
                    or u.lastFailedLoginAt < :forgetBefore then 1 else u.failedLogins + 1 end,
                u.lastFailedLoginAt = :now
            where u.email = :email""")
    int countFailedLogin(String email, Instant now, Instant forgetBefore);

    @Query("select u.failedLogins from AppUser u where u.email = :email")
    Optional<Integer> findFailedLogins(String email);

    @Query("select u.lockedUntil from AppUser u where u.email = :email and u.lockedUntil is not null")
    Optional<Instant> findLockedUntil(String email);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update AppUser u set u.lockedUntil = :until where u.email = :email")
    int lockUntil(String email, Instant until);

    /** After a successful login, an unlock by an admin or a password reset by mail. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update AppUser u set u.failedLogins = 0, u.lastFailedLoginAt = null, u.lockedUntil = null where u.email = :email")
    int clearFailedLogins(String email);
}
