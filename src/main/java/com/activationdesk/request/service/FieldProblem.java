package com.activationdesk.request.service;

import org.springframework.modulith.NamedInterface;

/**
 * A finding about one form field. Errors block submission; warnings (possible duplicate customer) only inform.
 *
 * @param field      a {@link com.activationdesk.request.domain.RequestField} key or {@code distributorId}
 * @param messageKey translation key; {@code arguments} fill its placeholders
 */
@NamedInterface("service")
public record FieldProblem(String field, String messageKey, Object[] arguments, boolean blocking) {

    static FieldProblem error(String field, String messageKey, Object... arguments) {
        return new FieldProblem(field, messageKey, arguments, true);
    }

    static FieldProblem warning(String field, String messageKey, Object... arguments) {
        return new FieldProblem(field, messageKey, arguments, false);
    }
}
