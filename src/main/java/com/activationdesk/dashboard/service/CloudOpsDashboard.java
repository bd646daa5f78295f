package com.activationdesk.dashboard.service;

import java.util.List;

import com.activationdesk.sla.SlaState;

/**
 * Cloud Ops' landing page.
 *
 * @param queue          running SLA clocks per state: ON_TRACK, AT_RISK, BREACHED
 * @param nextDue        running clocks due first ({@link RequestItem#when} = SLA due)
 * @param weeks          the last 12 weeks, oldest first, the current week last
 * @param expiringSoon   live invitations that expire within the next 24 hours
 */
public record CloudOpsDashboard(List<Bucket<SlaState>> queue, Counter resendRequests, List<RequestItem> nextDue,
                                List<SlaWeek> weeks, Counter expiringSoon) implements Dashboard {
}
