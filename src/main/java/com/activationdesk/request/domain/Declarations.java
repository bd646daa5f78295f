package com.activationdesk.request.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.springframework.modulith.NamedInterface;

/** What the partner confirms before submitting; both must be given for submission. */
@Embeddable
@NamedInterface("details")
public record Declarations(
        @Column(name = "declaration_no_unify_video", nullable = false) boolean noUnifyVideo,
        @Column(name = "declaration_data_correct", nullable = false) boolean dataCorrect) {

    public static final Declarations NONE = new Declarations(false, false);
}
