package com.activationdesk.base.domain;

/** A rule about one input field was broken; forms show the message at that field. */
public class FieldValidationException extends DomainException {

    private final String field;

    public FieldValidationException(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    public String getField() {
        return field;
    }
}
