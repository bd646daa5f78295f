package com.activationdesk.dashboard.service;

/** One role's landing page; {@link DashboardService#mine()} picks the logged-in user's, so the view only draws it. */
public sealed interface Dashboard permits PartnerDashboard, DistributorDashboard, ManagerDashboard, CloudOpsDashboard,
        AdminDashboard, CustomerDashboard {
}
