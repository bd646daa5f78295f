package com.activationdesk.invitation.service;

import org.springframework.modulith.NamedInterface;

/**
 * What the activation page knows of the administrator's consent: the checkbox, the terms text it showed, and the
 * client it was given from. The service turns it into the stored evidence.
 *
 * @param accepted      whether the administrator ticked "I accept the terms"
 * @param textShown     the terms exactly as the page showed them (hashed, not stored)
 * @param clientAddress the client's IP address as the server saw it; {@code null} if unknown
 * @param userAgent     the browser's User-Agent header; {@code null} if unknown
 */
@NamedInterface("activation")
public record TermsConsent(boolean accepted, String textShown, String clientAddress, String userAgent) {
}
