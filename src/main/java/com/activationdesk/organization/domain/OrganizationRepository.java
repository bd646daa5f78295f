package com.activationdesk.organization.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface OrganizationRepository extends JpaRepository<Organization, Long>, JpaSpecificationExecutor<Organization> {

    List<Organization> findByTypeOrderByName(OrganizationType type);

    boolean existsByTypeAndNameIgnoreCase(OrganizationType type, String name);
}
