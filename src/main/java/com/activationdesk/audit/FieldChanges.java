package com.activationdesk.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Collects the fields that differ between two states of a subject, in the order they are compared. */
public final class FieldChanges {

    private final List<FieldChange> changes = new ArrayList<>();

    /** Adds the field if the values differ; values are compared and stored as text. */
    public FieldChanges compare(String field, Object oldValue, Object newValue) {
        String before = oldValue == null ? null : oldValue.toString();
        String after = newValue == null ? null : newValue.toString();
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, before, after));
        }
        return this;
    }

    public List<FieldChange> list() {
        return List.copyOf(changes);
    }
}
