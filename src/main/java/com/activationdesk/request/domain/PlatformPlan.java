package com.activationdesk.request.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.springframework.modulith.NamedInterface;

/** Which communication platform the customer runs and how Unify Phone is to be rolled out on it. */
@Embeddable
@NamedInterface("details")
public record PlatformPlan(
        @Enumerated(EnumType.STRING) @Column(name = "platform") Platform platform,
        @Column(name = "platform_version") String version,
        @Enumerated(EnumType.STRING) @Column(name = "licensing") Licensing licensing,
        @Column(name = "planned_users") Integer plannedUsers,
        @Column(name = "planned_rollout_date") LocalDate plannedRolloutDate) {

    /** Nothing entered yet (see {@link Company#EMPTY}). */
    public static final PlatformPlan EMPTY = new PlatformPlan(null, null, null, null, null);
}
