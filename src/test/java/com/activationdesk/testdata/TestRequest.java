package com.activationdesk.testdata;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

import com.activationdesk.request.domain.Company;
import com.activationdesk.request.domain.CustomerData;
import com.activationdesk.request.domain.Declarations;
import com.activationdesk.request.domain.Licensing;
import com.activationdesk.request.domain.Platform;
import com.activationdesk.request.domain.PlatformPlan;
import com.activationdesk.request.domain.RequestField;
import com.activationdesk.request.domain.TenantAdministrator;
import com.activationdesk.request.service.RequestForm;

import static com.activationdesk.request.domain.RequestField.*;

/**
 * A complete, valid request for tests, varied by {@code with…} calls, so a test shows only what is special about its
 * data. Each one has a new customer, VAT number and administrator e-mail (tests share one database), and its planned
 * rollout is three months after the clock's today, so it stays valid at whatever instant a test sets the clock to.
 * The only place where tests construct {@link CustomerData}; fields are named by {@link RequestField}.
 */
public final class TestRequest {

    private final Map<RequestField, Object> values = new EnumMap<>(RequestField.class);
    private Long distributorId;

    private TestRequest() {
    }

    /** Tier 1 (no distributor), administrator language German. */
    public static TestRequest valid(Clock clock) {
        String tag = Unique.tag();
        return new TestRequest()
                .withCustomerName("Kunde " + tag + " GmbH").with(STREET, "Hauptstraße 1").with(POSTAL_CODE, "80331")
                .with(CITY, "München").withCountry("DE").with(VAT_OR_REGISTRATION_NUMBER, "DE" + Math.abs(tag.hashCode()))
                .with(INDUSTRY, "Logistics").with(INTENDED_USE, "Cloud telephony for 40 office users")
                .with(WEBSITE, "https://kunde.example")
                .with(ADMIN_FIRST_NAME, "Erika").with(ADMIN_LAST_NAME, "Mustermann")
                .withAdminEmail("admin-" + tag + "@kunde.example").with(ADMIN_PHONE, "+4989123456")
                .withAdminLanguage("de")
                .withPlatform(Platform.OPENSCAPE_BUSINESS).with(PLATFORM_VERSION, "V3R3")
                .with(LICENSING, Licensing.SSL_SUBSCRIPTION).with(PLANNED_USERS, 40)
                .withRolloutDate(LocalDate.now(clock).plusMonths(3))
                .with(DECLARATION_NO_UNIFY_VIDEO, true).with(DECLARATION_DATA_CORRECT, true);
    }

    /** Nothing entered: every field empty, no declaration given. */
    public static TestRequest empty() {
        return new TestRequest();
    }

    /** The data as entered before (e.g. a stored draft's), to vary one field of it. */
    public static TestRequest of(CustomerData data) {
        TestRequest request = new TestRequest();
        for (RequestField field : RequestField.values()) {
            request.values.put(field, field.value(data));
        }
        return request;
    }

    /** Any field, e.g. {@code with(ADMIN_PHONE, "12345")}; {@code null} leaves it empty. */
    public TestRequest with(RequestField field, Object value) {
        values.put(field, value);
        return this;
    }

    /** Any field by its key (as in findings and audit rows), e.g. {@code with("adminPhone", "12345")}. */
    public TestRequest with(String fieldKey, Object value) {
        return with(field(fieldKey), value);
    }

    /** The field with this key, e.g. {@code "adminPhone"}. */
    public static RequestField field(String key) {
        return Arrays.stream(RequestField.values()).filter(field -> field.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No request field " + key));
    }

    public TestRequest withCustomerName(String name) {
        return with(CUSTOMER_NAME, name);
    }

    public TestRequest withCountry(String country) {
        return with(COUNTRY, country);
    }

    public TestRequest withAdminEmail(String email) {
        return with(ADMIN_EMAIL, email);
    }

    public TestRequest withAdminLanguage(String language) {
        return with(ADMIN_LANGUAGE, language);
    }

    public TestRequest withPlatform(Platform platform) {
        return with(PLATFORM, platform);
    }

    public TestRequest withRolloutDate(LocalDate date) {
        return with(PLANNED_ROLLOUT_DATE, date);
    }

    /** Tier 2: the partner buys through this distributor. */
    public TestRequest viaDistributor(Long distributorId) {
        this.distributorId = distributorId;
        return this;
    }

    public CustomerData data() {
        return new CustomerData(
                new Company(text(CUSTOMER_NAME), text(CUSTOMER_OTHER_NAMES), text(STREET), text(POSTAL_CODE), text(CITY),
                        text(COUNTRY), text(VAT_OR_REGISTRATION_NUMBER), text(INDUSTRY), text(INTENDED_USE),
                        text(WEBSITE)),
                new TenantAdministrator(text(ADMIN_FIRST_NAME), text(ADMIN_LAST_NAME), text(ADMIN_EMAIL),
                        text(ADMIN_PHONE), text(ADMIN_LANGUAGE)),
                new PlatformPlan((Platform) values.get(PLATFORM), text(PLATFORM_VERSION),
                        (Licensing) values.get(LICENSING), (Integer) values.get(PLANNED_USERS),
                        (LocalDate) values.get(PLANNED_ROLLOUT_DATE)),
                new Declarations(given(DECLARATION_NO_UNIFY_VIDEO), given(DECLARATION_DATA_CORRECT)));
    }

    public RequestForm form() {
        return new RequestForm(data(), distributorId);
    }

    private String text(RequestField field) {
        return (String) values.get(field);
    }

    private boolean given(RequestField field) {
        return Boolean.TRUE.equals(values.get(field));
    }
}
