package com.activationdesk.base.scheduling;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long each scheduled job (by its ShedLock name) may go without a run before readiness reports it dead,
 * under {@code activationdesk.ops.job-max-silence.<name>}. A job not listed is not watched.
 */
@ConfigurationProperties("activationdesk.ops")
public record JobWatchProperties(Map<String, Duration> jobMaxSilence) {

    public JobWatchProperties {
        jobMaxSilence = jobMaxSilence == null ? Map.of() : Map.copyOf(jobMaxSilence);
        jobMaxSilence.forEach((job, silence) -> {
            if (silence.isNegative() || silence.isZero()) {
                throw new IllegalArgumentException(
                        "activationdesk.ops.job-max-silence." + job + " must be positive, was " + silence);
            }
        });
    }
}
