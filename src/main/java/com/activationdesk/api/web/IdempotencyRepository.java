package com.activationdesk.api.web;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface IdempotencyRepository extends JpaRepository<IdempotencyRecord, Long> {

    Optional<IdempotencyRecord> findByTokenIdAndKey(long tokenId, String key);
}
