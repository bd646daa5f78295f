package com.activationdesk.dashboard.service;

import java.time.YearMonth;
import java.util.List;

import com.activationdesk.request.domain.Platform;
import com.activationdesk.request.domain.RequestStatus;

/**
 * The administrator's overview of all requests.
 *
 * @param byPlatform         every platform; drafts without one are left out
 * @param byCountry          the countries with the most requests, at most {@link #TOP_COUNTRIES}
 * @param otherCountries     how many further countries have requests
 * @param activationsPerMonth the last 12 months, oldest first
 * @param mailFailures       mails the delivery gave up on
 */
public record AdminDashboard(Counter total, List<Bucket<RequestStatus>> byStatus, List<Bucket<Platform>> byPlatform,
                             List<Bucket<String>> byCountry, int otherCountries,
                             List<Bucket<YearMonth>> activationsPerMonth, long users, long organizations,
                             long mailFailures) implements Dashboard {

    public static final int TOP_COUNTRIES = 10;
}
