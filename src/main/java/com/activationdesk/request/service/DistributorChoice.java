package com.activationdesk.request.service;

/** A distributor a tier-2 partner may route its request through. */
public record DistributorChoice(long id, String name) {
}
