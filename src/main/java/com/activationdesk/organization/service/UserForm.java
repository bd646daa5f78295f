package com.activationdesk.organization.service;

import com.activationdesk.organization.domain.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an admin enters for a user. The password is only used when creating. */
public record UserForm(
        @NotBlank(message = "{validation.required}") @Email(message = "{validation.email}")
        @Size(max = 254, message = "{validation.max-length}") String email,
        @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.max-length}") String displayName,
        @NotNull(message = "{validation.required}") Role role,
        @NotNull(message = "{validation.required}") Long organizationId,
        @Pattern(regexp = "de|en", message = "{validation.language}") String preferredLanguage) {
}
