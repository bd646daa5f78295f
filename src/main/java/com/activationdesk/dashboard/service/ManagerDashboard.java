package com.activationdesk.dashboard.service;

import java.time.LocalDate;
import java.util.List;

import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.request.service.FilterChoices;

/**
 * A CAM's or DAM's landing page.
 *
 * @param waitingForCheck requests in review, including those Cloud Ops sent back with a question
 * @param questions       the part of them that Cloud Ops returned with a question (SLA clock paused)
 * @param resendDue       invitations that expired: a resend is due
 * @param matchesToReview requests whose latest export-control screening has a match nobody has decided yet
 * @param oldestWaiting   the requests in review waiting longest ({@link RequestItem#when} = submitted; a PAUSED
 *                        SLA state marks a question from Cloud Ops)
 * @param partnerActivity requests submitted per assigned partner since {@code activitySince} (also zeros)
 */
public record ManagerDashboard(Counter waitingForCheck, Counter questions, Counter resendDue, Counter matchesToReview,
                               List<RequestItem> oldestWaiting, List<Bucket<FilterChoices.Choice>> partnerActivity,
                               LocalDate activitySince, List<Bucket<RequestStatus>> byStatus) implements Dashboard {
}
