package com.activationdesk.testdata;

import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import com.activationdesk.request.domain.CustomerData;
import com.activationdesk.request.domain.Licensing;
import com.activationdesk.request.domain.Platform;
import com.activationdesk.request.service.RequestForm;

/**
 * A complete, valid request for tests, varied by {@code with…} calls, so a test shows only what is special about its
 * data. Each one has a new customer, VAT number and administrator e-mail (tests share one database), and its planned
 * rollout is three months after the clock's today, so it stays valid at whatever instant a test sets the clock to.
 * The only place where tests construct {@link CustomerData}.
 */
public final class TestRequest {

    /** Field keys as in findings, form ids and audit rows (e.g. {@code "adminPhone"}) with their values. */
    private final Map<String, Object> values = new HashMap<>();
    private Long distributorId;

    private TestRequest() {
    }

    /** Tier 1 (no distributor), administrator language German. */
    public static TestRequest valid(Clock clock) {
        String tag = Unique.tag();
        return new TestRequest()
                .withCustomerName("Kunde " + tag + " GmbH").with("street", "Hauptstraße 1").with("postalCode", "80331")
                .with("city", "München").withCountry("DE").with("vatOrRegistrationNumber", "DE" + Math.abs(tag.hashCode()))
                .with("industry", "Logistics").with("intendedUse", "Cloud telephony for 40 office users")
                .with("website", "https://kunde.example")
                .with("adminFirstName", "Erika").with("adminLastName", "Mustermann")
                .withAdminEmail("admin-" + tag + "@kunde.example").with("adminPhone", "+4989123456")
                .withAdminLanguage("de")
                .withPlatform(Platform.OPENSCAPE_BUSINESS).with("platformVersion", "V3R3")
                .with("licensing", Licensing.SSL_SUBSCRIPTION).with("plannedUsers", 40)
                .withRolloutDate(LocalDate.now(clock).plusMonths(3))
                .with("declarationNoUnifyVideo", true).with("declarationDataCorrect", true);
    }

    /** The data as entered before (e.g. a stored draft's), to vary one field of it. */
    public static TestRequest of(CustomerData data) {
        TestRequest request = new TestRequest();
        for (RecordComponent component : CustomerData.class.getRecordComponents()) {
            try {
                request.values.put(component.getName(), component.getAccessor().invoke(data));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return request;
    }

    /** Any field by its key, e.g. {@code with("adminPhone", "12345")}; {@code null} leaves it empty. */
    public TestRequest with(String field, Object value) {
        values.put(field, value);
        return this;
    }

    public TestRequest withCustomerName(String name) {
        return with("customerName", name);
    }

    public TestRequest withCountry(String country) {
        return with("country", country);
    }

    public TestRequest withAdminEmail(String email) {
        return with("adminEmail", email);
    }

    public TestRequest withAdminLanguage(String language) {
        return with("adminLanguage", language);
    }

    public TestRequest withPlatform(Platform platform) {
        return with("platform", platform);
    }

    public TestRequest withRolloutDate(LocalDate date) {
        return with("plannedRolloutDate", date);
    }

    /** Tier 2: the partner buys through this distributor. */
    public TestRequest viaDistributor(Long distributorId) {
        this.distributorId = distributorId;
        return this;
    }

    public CustomerData data() {
        RecordComponent[] components = CustomerData.class.getRecordComponents();
        if (!values.keySet().stream().allMatch(key -> Arrays.stream(components).anyMatch(c -> c.getName().equals(key)))) {
            throw new IllegalArgumentException("Unknown request field among " + values.keySet());
        }
        Object[] arguments = Arrays.stream(components).map(c -> values.get(c.getName())).toArray();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            return CustomerData.class.getDeclaredConstructor(types).newInstance(arguments);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    public RequestForm form() {
        return new RequestForm(data(), distributorId);
    }
}
