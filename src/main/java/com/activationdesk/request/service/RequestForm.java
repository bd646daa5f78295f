package com.activationdesk.request.service;

import com.activationdesk.request.domain.CustomerData;
import org.springframework.modulith.NamedInterface;

/** What the partner's form sends: the entered data and, for a tier-2 partner, the chosen distributor. */
@NamedInterface("service")
public record RequestForm(CustomerData data, Long distributorId) {
}
