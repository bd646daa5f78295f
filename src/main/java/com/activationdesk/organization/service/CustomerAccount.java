package com.activationdesk.organization.service;

/** The end-customer organisation and administrator created on activation. */
public record CustomerAccount(long organizationId, long userId, String email) {
}
