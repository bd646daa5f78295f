package com.activationdesk.base.domain;

import java.util.Comparator;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;

/**
 * Runs Bean Validation on service input and reports the first violation as a {@link FieldValidationException}
 * whose key is the constraint's message template ({@code {validation.required}} → {@code validation.required}).
 */
@Component
public class InputValidator {

    private final Validator validator;

    public InputValidator(Validator validator) {
        this.validator = validator;
    }

    public void validate(Object input) {
        validator.validate(input).stream()
                .min(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString()))
                .ifPresent(violation -> {
                    String template = violation.getMessageTemplate();
                    String key = template.startsWith("{") ? template.substring(1, template.length() - 1) : template;
                    throw new FieldValidationException(violation.getPropertyPath().toString(), key);
                });
    }
}
