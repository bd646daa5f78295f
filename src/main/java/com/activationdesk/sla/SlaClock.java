package com.activationdesk.sla;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The SLA clock of one request, embedded in the request table. All methods take the current instant so that
 * callers (and tests) control time. A {@code null} phase means "no clock".
 * <p>
 * Note for the owning entity: Hibernate loads an embeddable whose columns are all NULL as a {@code null}
 * field, so initialise it lazily (e.g. {@code sla == null ? sla = new SlaClock() : sla}).
 */
@Embeddable
@Access(AccessType.FIELD)
public class SlaClock {

    @Enumerated(EnumType.STRING)
    @Column(name = "sla_phase")
    private SlaPhase phase;

    @Column(name = "sla_started_at")
    private Instant startedAt;

    @Column(name = "sla_due_at")
    private Instant dueAt;

    @Column(name = "sla_at_risk_at")
    private Instant atRiskAt;

    @Column(name = "sla_paused_at")
    private Instant pausedAt;

    @Column(name = "sla_stopped_at")
    private Instant stoppedAt;

    /** Working time left, whole seconds; only set while PAUSED. */
    @Column(name = "sla_remaining_seconds")
    private Long remainingSeconds;

    /**
     * Working time the clock ran from start to stop without its pauses, whole seconds; set when it stops. Stored
     * because the dashboards need it per week for many requests, and the business calendar is not SQL.
     */
    @Column(name = "sla_working_seconds")
    private Long workingSeconds;

    /** Starts a new clock with the full target, replacing any previous one (e.g. when a request is resent). */
    public void start(Instant now, SlaPolicy policy) {
        phase = SlaPhase.RUNNING;
        startedAt = now;
        pausedAt = null;
        stoppedAt = null;
        remainingSeconds = null;
        workingSeconds = null;
        schedule(now, policy.target(), policy);
    }

    /** Freezes the working time left; due and at-risk instants keep their last values until resumed. */
    public void pause(Instant now, SlaPolicy policy) {
        requirePhase(SlaPhase.RUNNING, "pause");
        Duration left = policy.calendar().workingTimeBetween(now, dueAt);
        // Round up: cutting off a fraction could turn a clock with time left into a breached one on resume.
        remainingSeconds = left.getSeconds() + (left.getNano() > 0 ? 1 : 0);
        phase = SlaPhase.PAUSED;
        pausedAt = now;
    }

    /** Continues with the working time that was left when paused. */
    public void resume(Instant now, SlaPolicy policy) {
        requirePhase(SlaPhase.PAUSED, "resume");
        Duration left = Duration.ofSeconds(remainingSeconds);
        phase = SlaPhase.RUNNING;
        pausedAt = null;
        remainingSeconds = null;
        schedule(now, left, policy);
    }

    /**
     * Stops a running or paused clock: MET if stopped no later than the due instant, else MISSED. A paused
     * clock is judged at the moment it was paused, because no SLA time has elapsed since then.
     * <p>
     * Also records the working time used: the target minus the working time still left at that moment (plus
     * the working time past due when late). The due instant already moved by every pause, so pauses do not
     * count — exactly as for the verdict. This assumes the configured target did not change while the clock ran.
     */
    public void stop(Instant now, SlaPolicy policy) {
        if (phase != SlaPhase.RUNNING && phase != SlaPhase.PAUSED) {
            throw new IllegalStateException("Cannot stop an SLA clock in phase " + phase);
        }
        Instant judgedAt = phase == SlaPhase.PAUSED ? pausedAt : now;
        BusinessCalendar calendar = policy.calendar();
        Duration used = policy.target().minus(calendar.workingTimeBetween(judgedAt, dueAt))
                .plus(calendar.workingTimeBetween(dueAt, judgedAt));
        workingSeconds = Math.max(0, used.getSeconds());
        phase = judgedAt.isAfter(dueAt) ? SlaPhase.MISSED : SlaPhase.MET;
        stoppedAt = now;
        pausedAt = null;
        remainingSeconds = null;
    }

    /** Running or paused: the clock still waits for its verdict (or for a cancel). */
    public boolean isOpen() {
        return phase == SlaPhase.RUNNING || phase == SlaPhase.PAUSED;
    }

    /** Ends the clock without a verdict: the request was rejected or withdrawn, so no invitation is due. */
    public void cancel() {
        phase = null;
        pausedAt = null;
        remainingSeconds = null;
    }

    /**
     * The state at {@code now}, or {@code null} without a clock. Must agree exactly with the grid's SQL filters
     * (written by the request module, which owns the table), which use only the stored columns: ON_TRACK = RUNNING and at_risk_at > now; AT_RISK = RUNNING and
     * at_risk_at <= now <= due_at; BREACHED = RUNNING and due_at < now; otherwise the phase. Since
     * atRiskAt <= dueAt always holds, checking BREACHED first and then AT_RISK yields exactly these sets.
     * The due instant itself still counts as in time, as in {@link #stop}.
     */
    public SlaState stateAt(Instant now) {
        return stateOf(phase, atRiskAt, dueAt, now);
    }

    /** {@link #stateAt} for stored column values, e.g. a grid row read without loading the entity. */
    public static SlaState stateOf(SlaPhase phase, Instant atRiskAt, Instant dueAt, Instant now) {
        if (phase == null) {
            return null;
        }
        return switch (phase) {
            case PAUSED -> SlaState.PAUSED;
            case MET -> SlaState.MET;
            case MISSED -> SlaState.MISSED;
            case RUNNING -> now.isAfter(dueAt) ? SlaState.BREACHED
                    : !now.isBefore(atRiskAt) ? SlaState.AT_RISK
                    : SlaState.ON_TRACK;
        };
    }

    /** Working time left until due, for display; zero once due, and zero for stopped clocks or no clock. */
    public Duration workingTimeLeft(Instant now, SlaPolicy policy) {
        if (phase == SlaPhase.RUNNING) {
            return policy.calendar().workingTimeBetween(now, dueAt);
        }
        return phase == SlaPhase.PAUSED ? Duration.ofSeconds(remainingSeconds) : Duration.ZERO;
    }

    private void schedule(Instant now, Duration left, SlaPolicy policy) {
        BusinessCalendar calendar = policy.calendar();
        dueAt = calendar.addWorkingTime(now, left);
        // At risk from the moment only atRiskBefore working time is left; right away if that is already so.
        Duration untilAtRisk = left.minus(policy.atRiskBefore());
        atRiskAt = untilAtRisk.isPositive() ? calendar.addWorkingTime(now, untilAtRisk) : now;
    }

    private void requirePhase(SlaPhase required, String action) {
        if (phase != required) {
            throw new IllegalStateException("Cannot " + action + " an SLA clock in phase " + phase);
        }
    }

    public SlaPhase getPhase() {
        return phase;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getAtRiskAt() {
        return atRiskAt;
    }

    public Instant getPausedAt() {
        return pausedAt;
    }

    public Instant getStoppedAt() {
        return stoppedAt;
    }

    /** Working time from start to stop without pauses; {@code null} unless the clock stopped (MET or MISSED). */
    public Duration getWorkingTime() {
        return workingSeconds == null ? null : Duration.ofSeconds(workingSeconds);
    }
}
