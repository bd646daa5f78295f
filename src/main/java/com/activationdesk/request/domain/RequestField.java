package com.activationdesk.request.domain;

import java.util.function.Function;

/**
 * The one definition of every field a partner enters: its name (the key of messages, findings, form field ids
 * and audit rows), its group, whether submission needs it and how long a text may be. The validator, the form,
 * the detail view, the audit diff and the CSV export read it; the declaration order is the form order.
 */
public enum RequestField {

    CUSTOMER_NAME("customerName", Group.COMPANY, 200, true, d -> d.company().name()),
    CUSTOMER_OTHER_NAMES("customerOtherNames", Group.COMPANY, 500, false, d -> d.company().otherNames()),
    STREET("street", Group.COMPANY, 200, true, d -> d.company().street()),
    POSTAL_CODE("postalCode", Group.COMPANY, 20, true, d -> d.company().postalCode()),
    CITY("city", Group.COMPANY, 100, true, d -> d.company().city()),
    COUNTRY("country", Group.COMPANY, 2, true, d -> d.company().country()),
    VAT_OR_REGISTRATION_NUMBER("vatOrRegistrationNumber", Group.COMPANY, 50, true,
            d -> d.company().vatOrRegistrationNumber()),
    INDUSTRY("industry", Group.COMPANY, 100, true, d -> d.company().industry()),
    INTENDED_USE("intendedUse", Group.COMPANY, 2000, true, d -> d.company().intendedUse()),
    WEBSITE("website", Group.COMPANY, 200, false, d -> d.company().website()),

    ADMIN_FIRST_NAME("adminFirstName", Group.TENANT_ADMINISTRATOR, 100, true, d -> d.administrator().firstName()),
    ADMIN_LAST_NAME("adminLastName", Group.TENANT_ADMINISTRATOR, 100, true, d -> d.administrator().lastName()),
    /** 254: the longest address SMTP can deliver (RFC 5321 path limit minus the angle brackets). */
    ADMIN_EMAIL("adminEmail", Group.TENANT_ADMINISTRATOR, 254, true, d -> d.administrator().email()),
    ADMIN_PHONE("adminPhone", Group.TENANT_ADMINISTRATOR, 20, true, d -> d.administrator().phone()),
    ADMIN_LANGUAGE("adminLanguage", Group.TENANT_ADMINISTRATOR, 2, true, d -> d.administrator().language()),

    PLATFORM("platform", Group.PLATFORM_PLAN, true, d -> d.plan().platform()),
    PLATFORM_VERSION("platformVersion", Group.PLATFORM_PLAN, 50, true, d -> d.plan().version()),
    LICENSING("licensing", Group.PLATFORM_PLAN, true, d -> d.plan().licensing()),
    PLANNED_USERS("plannedUsers", Group.PLATFORM_PLAN, true, d -> d.plan().plannedUsers()),
    PLANNED_ROLLOUT_DATE("plannedRolloutDate", Group.PLATFORM_PLAN, true,
            d -> d.plan().plannedRolloutDate()),

    /** A declaration not given counts as missing. */
    DECLARATION_NO_UNIFY_VIDEO("declarationNoUnifyVideo", Group.DECLARATIONS, true,
            d -> d.declarations().noUnifyVideo()),
    DECLARATION_DATA_CORRECT("declarationDataCorrect", Group.DECLARATIONS, true,
            d -> d.declarations().dataCorrect());

    /** The form's groups, in form order; the key names the section ({@code request.form.group.<key>}). */
    public enum Group {
        COMPANY("customer"), TENANT_ADMINISTRATOR("administrator"), PLATFORM_PLAN("platform"),
        DECLARATIONS("declarations");

        private final String key;

        Group(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private static final int NOT_TEXT = 0;

    private final String key;
    private final Group group;
    private final int maxLength;
    private final boolean required;
    private final Function<CustomerData, Object> value;

    /** A field that is not text (choice, number, date, declaration). */
    RequestField(String key, Group group, boolean required, Function<CustomerData, Object> value) {
        this(key, group, NOT_TEXT, required, value);
    }

    RequestField(String key, Group group, int maxLength, boolean required, Function<CustomerData, Object> value) {
        this.key = key;
        this.group = group;
        this.maxLength = maxLength;
        this.required = required;
        this.value = value;
    }

    /** The field's name everywhere: findings, form field id, audit rows, {@code request.form.field.<key>}. */
    public String key() {
        return key;
    }

    public Group group() {
        return group;
    }

    /** The longest text the field takes; only meaningful for {@link #isText() text fields}. */
    public int maxLength() {
        return maxLength;
    }

    public boolean isText() {
        return maxLength != NOT_TEXT;
    }

    /** Whether submission needs the field; a draft may always leave it empty. */
    public boolean required() {
        return required;
    }

    /** The entered value: a String, enum, number, date or Boolean; {@code null} when nothing was entered. */
    public Object value(CustomerData data) {
        return value.apply(data);
    }

    /** True when nothing was entered: no value, only blanks, or a declaration not given. */
    public boolean isMissing(CustomerData data) {
        return switch (value(data)) {
            case null -> true;
            case String text -> text.isBlank();
            case Boolean given -> !given;
            default -> false;
        };
    }

    /** The value as the audit trail records it: enum names, ISO dates, {@code true}/{@code false}. */
    public String printable(CustomerData data) {
        return switch (value(data)) {
            case null -> null;
            case Enum<?> constant -> constant.name();
            case Object other -> other.toString();
        };
    }
}
