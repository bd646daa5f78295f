package com.activationdesk.request.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.shared.HasValidationProperties;

/**
 * What the request form's fields held when a language switch reloaded the page, by field name and for one request
 * ({@code null} for a new one): the rebuilt form puts it back, so nothing typed is lost.
 */
record KeptFormInput(Long requestId, long version, boolean completeCheck, Map<String, Object> values) {

    static KeptFormInput of(Long requestId, long version, boolean completeCheck,
                            Map<String, HasValidationProperties> fields) {
        Map<String, Object> values = new LinkedHashMap<>();
        fields.forEach((name, field) -> values.put(name, ((HasValue<?, ?>) field).getValue()));
        return new KeptFormInput(requestId, version, completeCheck, values);
    }

    boolean isFor(Long request) {
        return Objects.equals(requestId, request);
    }

    @SuppressWarnings("unchecked")
    void putBack(Map<String, HasValidationProperties> fields) {
        values.forEach((name, value) -> ((HasValue<?, Object>) fields.get(name)).setValue(value));
    }
}
