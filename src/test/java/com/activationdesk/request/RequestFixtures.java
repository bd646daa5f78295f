package com.activationdesk.request;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

import com.activationdesk.request.domain.CustomerData;
import com.activationdesk.request.domain.Licensing;
import com.activationdesk.request.domain.Platform;
import com.activationdesk.request.service.RequestForm;

/** Complete, valid request data; every call uses a new administrator e-mail and customer so tests do not collide. */
final class RequestFixtures {

    private RequestFixtures() {
    }

    static CustomerData validData() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        return new CustomerData("Kunde " + unique + " GmbH", null, "Hauptstraße 1", "80331", "München", "DE",
                "DE" + Math.abs(unique.hashCode()), "Logistics", "Cloud telephony for 40 office users", "https://kunde.example",
                "Erika", "Mustermann", "admin-" + unique + "@kunde.example", "+4989123456", "de",
                Platform.OPENSCAPE_BUSINESS, "V3R3", Licensing.SSL_SUBSCRIPTION, 40, LocalDate.of(2027, 3, 1),
                true, true);
    }

    static RequestForm tier1Form() {
        return new RequestForm(validData(), null);
    }

    static RequestForm tier2Form(long distributorId) {
        return new RequestForm(validData(), distributorId);
    }

    /** A copy of the data with one component (by its name, e.g. {@code "adminPhone"}) replaced. */
    static CustomerData with(CustomerData data, String field, Object value) {
        RecordComponent[] components = CustomerData.class.getRecordComponents();
        Object[] values = new Object[components.length];
        boolean found = false;
        try {
            for (int i = 0; i < components.length; i++) {
                boolean replaced = components[i].getName().equals(field);
                found |= replaced;
                values[i] = replaced ? value : components[i].getAccessor().invoke(data);
            }
            if (!found) {
                throw new IllegalArgumentException("CustomerData has no field " + field);
            }
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            return CustomerData.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A short random tag for names, addresses and numbers that must not collide with other tests' data. */
    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
