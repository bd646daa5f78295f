package com.activationdesk.audit;

/** One changed field: its name and the old and new value as text ({@code null} = empty). */
public record FieldChange(String field, String oldValue, String newValue) {

    public FieldChange {
        if (field == null || field.isBlank()) {
            throw new IllegalArgumentException("A field change needs the field's name");
        }
    }
}
