package com.activationdesk.api.web;

import java.time.LocalDate;

import com.activationdesk.request.domain.Company;
import com.activationdesk.request.domain.CustomerData;
import com.activationdesk.request.domain.Declarations;
import com.activationdesk.request.domain.Licensing;
import com.activationdesk.request.domain.Platform;
import com.activationdesk.request.domain.PlatformPlan;
import com.activationdesk.request.domain.TenantAdministrator;
import com.activationdesk.request.service.RequestForm;

/**
 * The partner's form as JSON: one property per form field, named by the field's key (RequestField), so a field
 * problem's {@code field} names the property to correct. Absent properties are empty, as in a fresh form.
 */
record RequestInput(String customerName, String customerOtherNames, String street, String postalCode, String city,
                    String country, String vatOrRegistrationNumber, String industry, String intendedUse,
                    String website, String adminFirstName, String adminLastName, String adminEmail,
                    String adminPhone, String adminLanguage, Platform platform, String platformVersion,
                    Licensing licensing, Integer plannedUsers, LocalDate plannedRolloutDate,
                    Boolean declarationNoUnifyVideo, Boolean declarationDataCorrect, Long distributorId) {

    RequestForm toForm() {
        return new RequestForm(new CustomerData(
                new Company(customerName, customerOtherNames, street, postalCode, city, country,
                        vatOrRegistrationNumber, industry, intendedUse, website),
                new TenantAdministrator(adminFirstName, adminLastName, adminEmail, adminPhone, adminLanguage),
                new PlatformPlan(platform, platformVersion, licensing, plannedUsers, plannedRolloutDate),
                new Declarations(Boolean.TRUE.equals(declarationNoUnifyVideo), Boolean.TRUE.equals(declarationDataCorrect))),
                distributorId);
    }

    static RequestInput of(CustomerData data, Long distributorId) {
        Company c = data.company();
        TenantAdministrator a = data.administrator();
        PlatformPlan p = data.plan();
        return new RequestInput(c.name(), c.otherNames(), c.street(), c.postalCode(), c.city(), c.country(),
                c.vatOrRegistrationNumber(), c.industry(), c.intendedUse(), c.website(), a.firstName(), a.lastName(),
                a.email(), a.phone(), a.language(), p.platform(), p.version(), p.licensing(), p.plannedUsers(),
                p.plannedRolloutDate(), data.declarations().noUnifyVideo(), data.declarations().dataCorrect(),
                distributorId);
    }
}
