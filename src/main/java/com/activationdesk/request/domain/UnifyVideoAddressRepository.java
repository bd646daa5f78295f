package com.activationdesk.request.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UnifyVideoAddressRepository extends JpaRepository<UnifyVideoAddress, Long> {

    boolean existsByEmail(String email);

    @Query("SELECT a.email FROM UnifyVideoAddress a WHERE a.email IN :emails")
    List<String> findExisting(@Param("emails") Collection<String> emails);
}
