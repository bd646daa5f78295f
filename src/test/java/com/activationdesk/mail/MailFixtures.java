package com.activationdesk.mail;

import java.time.LocalDate;
import java.util.UUID;

import com.activationdesk.request.domain.Company;
import com.activationdesk.request.domain.CustomerData;
import com.activationdesk.request.domain.Declarations;
import com.activationdesk.request.domain.Licensing;
import com.activationdesk.request.domain.Platform;
import com.activationdesk.request.domain.PlatformPlan;
import com.activationdesk.request.domain.TenantAdministrator;
import com.activationdesk.request.service.RequestForm;

/** Complete, valid request data with a new customer and administrator e-mail per call. */
final class MailFixtures {

    private MailFixtures() {
    }

    static RequestForm form(Long distributorId, String adminLanguage) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        CustomerData data = new CustomerData(
                new Company("Kunde " + unique + " GmbH", null, "Hauptstraße 1", "80331", "München", "DE",
                        "DE" + Math.abs(unique.hashCode()), "Logistics", "Cloud telephony for 40 office users",
                        "https://kunde.example"),
                new TenantAdministrator("Erika", "Mustermann", "admin-" + unique + "@kunde.example", "+4989123456",
                        adminLanguage),
                new PlatformPlan(Platform.OPENSCAPE_BUSINESS, "V3R3", Licensing.SSL_SUBSCRIPTION, 40,
                        LocalDate.of(2027, 3, 1)),
                new Declarations(true, true));
        return new RequestForm(data, distributorId);
    }
}
