package com.activationdesk.dashboard.service;

import java.time.Instant;
import java.util.List;

/** The customer administrator's tenant(s), normally exactly one. */
public record CustomerDashboard(List<Tenant> tenants) implements Dashboard {

    public record Tenant(RequestItem request, String tenantId, Instant activatedAt,
                         List<CoAdministrator> coAdministrators) {
    }

    public record CoAdministrator(String name, String email, String organization, Instant since) {
    }
}
