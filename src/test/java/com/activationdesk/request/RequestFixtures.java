package com.activationdesk.request;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

import com.activationdesk.request.domain.Company;
import com.activationdesk.request.domain.CustomerData;
import com.activationdesk.request.domain.Declarations;
import com.activationdesk.request.domain.Licensing;
import com.activationdesk.request.domain.Platform;
import com.activationdesk.request.domain.PlatformPlan;
import com.activationdesk.request.domain.RequestField;
import com.activationdesk.request.domain.TenantAdministrator;
import com.activationdesk.request.service.RequestForm;

/** Complete, valid request data; every call uses a new administrator e-mail and customer so tests do not collide. */
final class RequestFixtures {

    private RequestFixtures() {
    }

    static CustomerData validData() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        return new CustomerData(
                new Company("Kunde " + unique + " GmbH", null, "Hauptstraße 1", "80331", "München", "DE",
                        "DE" + Math.abs(unique.hashCode()), "Logistics", "Cloud telephony for 40 office users",
                        "https://kunde.example"),
                new TenantAdministrator("Erika", "Mustermann", "admin-" + unique + "@kunde.example", "+4989123456",
                        "de"),
                new PlatformPlan(Platform.OPENSCAPE_BUSINESS, "V3R3", Licensing.SSL_SUBSCRIPTION, 40,
                        LocalDate.of(2027, 3, 1)),
                new Declarations(true, true));
    }

    static RequestForm tier1Form() {
        return new RequestForm(validData(), null);
    }

    static RequestForm tier2Form(long distributorId) {
        return new RequestForm(validData(), distributorId);
    }

    /** A copy of the data with one field (by its key, e.g. {@code "adminPhone"}) replaced. */
    static CustomerData with(CustomerData data, String field, Object value) {
        RequestField replaced = field(field);
        Record company = data.company();
        Record administrator = data.administrator();
        Record plan = data.plan();
        Record declarations = data.declarations();
        switch (replaced.group()) {
            case COMPANY -> company = withComponent(company, replaced, value);
            case TENANT_ADMINISTRATOR -> administrator = withComponent(administrator, replaced, value);
            case PLATFORM_PLAN -> plan = withComponent(plan, replaced, value);
            case DECLARATIONS -> declarations = withComponent(declarations, replaced, value);
        }
        return new CustomerData((Company) company, (TenantAdministrator) administrator, (PlatformPlan) plan,
                (Declarations) declarations);
    }

    /** The field with this key, e.g. {@code "adminPhone"}. */
    static RequestField field(String key) {
        return Arrays.stream(RequestField.values()).filter(f -> f.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no request field " + key));
    }

    /** Relies on each group's fields being declared in the order of its record's components. */
    private static Record withComponent(Record group, RequestField field, Object value) {
        RecordComponent[] components = group.getClass().getRecordComponents();
        int index = field.ordinal() - Arrays.stream(RequestField.values())
                .filter(f -> f.group() == field.group()).findFirst().orElseThrow().ordinal();
        Object[] values = new Object[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                values[i] = i == index ? value : components[i].getAccessor().invoke(group);
            }
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            return group.getClass().getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A short random tag for names, addresses and numbers that must not collide with other tests' data. */
    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
