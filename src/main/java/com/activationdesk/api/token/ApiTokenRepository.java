package com.activationdesk.api.token;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    @EntityGraph(attributePaths = {"user", "user.organization"})
    Optional<ApiToken> findBySecretHash(String secretHash);

    @EntityGraph(attributePaths = {"user", "user.organization"})
    List<ApiToken> findAllByOrderByCreatedAtDesc();

    /** One UPDATE, at most once a minute per token, so busy tokens do not write on every call. */
    @Modifying
    @Query("update ApiToken t set t.lastUsedAt = :now where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :before)")
    int touch(@Param("id") long id, @Param("now") Instant now, @Param("before") Instant before);
}
