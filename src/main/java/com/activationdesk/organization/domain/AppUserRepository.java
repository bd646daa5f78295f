package com.activationdesk.organization.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
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
}
