package com.activationdesk.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.activationdesk.request.domain.CustomerData;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.sla.SlaPolicy;

import static java.time.temporal.ChronoUnit.DAYS;
import static java.time.temporal.ChronoUnit.HOURS;

/**
 * The demo requests of one partner, each a short story told through {@link DemoSteps}: every status of the process,
 * every SLA state (on track, at risk, breached, paused, met, missed), returned and rejected ones with a reason, an
 * expired invitation awaiting its resend, and activated tenants with and without the partner as co-administrator.
 * Times count back from the seeding instant, SLA times in working time, so the states are true on the day of the run.
 */
class DemoStories {

    /**
     * A demo partner (README): its two users, for tier 2 the distributor it orders through and that one's user, and
     * its CAM (tier 1) or the distributor's DAM (tier 2). Named here: partners and distributors do not see staff
     * e-mail addresses in the requests they get back.
     */
    record Partner(String domain, String distributorName, String distributorUser, String manager) {

        String user1() {
            return "user1@" + domain;
        }

        String user2() {
            return "user2@" + domain;
        }

        boolean tier2() {
            return distributorName != null;
        }
    }

    static final List<Partner> PARTNERS = List.of(
            new Partner("nordlicht.example", null, null, "cam1@vendor.example"),
            new Partner("rheinwerk.example", null, null, "cam1@vendor.example"),
            new Partner("alpen-telecom.example", null, null, "cam2@vendor.example"),
            new Partner("hanse-kom.example", null, null, "cam2@vendor.example"),
            new Partner("bavaria-voice.example", "Alpha Distribution GmbH", "user1@alpha-dist.example",
                    "dam1@vendor.example"),
            new Partner("elbe-netz.example", "Alpha Distribution GmbH", "user2@alpha-dist.example",
                    "dam1@vendor.example"),
            new Partner("schwarzwald-connect.example", "Beta Distribution AG", "user1@beta-dist.example",
                    "dam2@vendor.example"),
            new Partner("ruhr-phone.example", "Beta Distribution AG", "user1@beta-dist.example",
                    "dam2@vendor.example"));

    private static final List<String> RETURN_REASONS = List.of(
            "Die USt-IdNr. ist unvollständig, bitte prüfen.", "The intended use is too vague for the export-control check.",
            "Bitte die vollständige Anschrift des Hauptsitzes angeben.", "Please confirm the administrator's e-mail address.");
    private static final List<String> REJECT_REASONS = List.of(
            "Der Kunde nutzt bereits einen Unify-Phone-Mandanten.", "End customer not eligible: duplicate of an active tenant.");
    private static final List<String> QUESTIONS = List.of(
            "Welcher Standort ist der Hauptstandort?", "Which region should the tenant be hosted in?");

    private final DemoSteps steps;
    private final SlaPolicy sla;
    private final Instant now;
    private final LocalDate today;
    private int customers;

    DemoStories(DemoSteps steps, SlaPolicy sla, ZoneId businessZone, Instant now) {
        this.steps = steps;
        this.sla = sla;
        this.now = now;
        this.today = LocalDate.ofInstant(now, businessZone);
    }

    /** How many requests the stories have made so far. */
    int requests() {
        return customers;
    }

    /**
     * All stories of partner number {@code p} (0–7; it shifts the times, so partners differ).
     *
     * @param withMuster whether one co-administered tenant is Muster Logistik's, the README's customer-admin login
     */
    void tell(int p, Partner partner, Long distributorId, boolean withMuster) {
        Story story = new Story(p, partner, distributorId);
        steps.draft(partner.user2(), days(1 + p % 3), nextCustomer(), distributorId);
        story.submitted(days(2 + p % 2));
        story.checked(days(3), nextCustomer());
        RequestDetails toReturn = story.submitted(days(6));
        steps.returnToPartner(partner.tier2() ? partner.distributorUser() : partner.manager(),
                days(5), toReturn, RETURN_REASONS.get(p % RETURN_REASONS.size()));
        RequestDetails toReject = story.checked(days(12), nextCustomer());
        steps.reject(partner.manager(), days(11), toReject, REJECT_REASONS.get(p % 2));
        steps.withdraw(partner.user1(), days(8), story.submitted(days(9)), "Kunde hat das Projekt verschoben.");

        long target = sla.target().toHours();
        story.forwarded(workingHoursAgo(4 + p), nextCustomer());                                    // on track
        story.forwarded(workingHoursAgo(target - sla.atRiskBefore().toHours() + 3 + p % 4), nextCustomer()); // at risk
        story.forwarded(workingHoursAgo(target + 6 + 5L * p), nextCustomer());                       // breached
        RequestDetails paused = story.forwarded(workingHoursAgo(20), nextCustomer());
        steps.askManager(story.cloudOps(), workingHoursAgo(6), paused, QUESTIONS.get(p % 2));

        Instant liveSent = now.minus(50 + p, HOURS);                                   // met, expires within a day
        story.invited(workingHoursBefore(liveSent, 20), liveSent, nextCustomer());
        Instant lateForward = workingHoursAgo(target + 9);                           // missed: sent 3 working hours ago
        story.invited(lateForward, sla.calendar().addWorkingTime(lateForward, Duration.ofHours(target + 6)),
                nextCustomer());
        Instant expiredSent = days(4).minus(p, HOURS);                         // expires unused: a resend is due
        story.invited(workingHoursBefore(expiredSent, 16), expiredSent, nextCustomer());
        RequestDetails resend = story.invited(workingHoursBefore(days(2), 30), days(2), nextCustomer());
        steps.requestResend(partner.manager(), days(1), resend);

        story.activated(days(20 + p), p % 2 == 0 ? 30 : target + 7, nextCustomer());  // met or missed
        story.activated(days(45 + 38L * p), 24, nextCustomer());                 // spread over the last year
        Tenant coAdministered = story.activated(days(35 + 2L * p), 12,
                withMuster ? DemoCustomers.muster(customers++, today) : nextCustomer());
        steps.addCoAdministrator(coAdministered.admin(), coAdministered.activatedAt().plus(1, DAYS),
                coAdministered.request().id(), partner.user1(), null);
        if (p % 2 == 0) {
            Tenant byCloudOps = story.activated(days(70 + 30L * p), 40, nextCustomer());
            steps.addCoAdministrator(story.cloudOps(), byCloudOps.activatedAt().plus(2, DAYS),
                    byCloudOps.request().id(), partner.user2(), "Kunde hat per E-Mail vom Vortag zugestimmt.");
        }
    }

    /** An activated tenant: the request, its new customer administrator's login and when it was activated. */
    private record Tenant(RequestDetails request, String admin, Instant activatedAt) {
    }

    /** The steps of one partner's requests, each by the user whose turn it is. */
    private final class Story {

        private final int p;
        private final Partner partner;
        private final Long distributorId;

        Story(int p, Partner partner, Long distributorId) {
            this.p = p;
            this.partner = partner;
            this.distributorId = distributorId;
        }

        String cloudOps() {
            return p % 2 == 0 ? "ops1@vendor.example" : "ops2@vendor.example";
        }

        /** Submitted by user1 at {@code at}: now with the CAM (tier 1) or the distributor (tier 2). */
        RequestDetails submitted(Instant at) {
            return steps.submit(partner.user1(), at,
                    steps.draft(partner.user1(), at.minus(2, HOURS), nextCustomer(), distributorId));
        }

        /** In review with the CAM/DAM since {@code at}; a tier-2 request passed its distributor on the way. */
        RequestDetails checked(Instant at, CustomerData customer) {
            RequestDetails draft = steps.draft(partner.user1(), at.minus(26, HOURS), customer, distributorId);
            RequestDetails submitted = steps.submit(partner.user1(), at.minus(24, HOURS), draft);
            return partner.tier2() ? steps.passToDam(partner.distributorUser(), at, submitted) : submitted;
        }

        /** Forwarded to Cloud Ops at {@code at}: the SLA clock runs from there. */
        RequestDetails forwarded(Instant at, CustomerData customer) {
            RequestDetails checked = checked(at.minus(3, HOURS), customer);
            return steps.forward(partner.manager(), at, checked);
        }

        RequestDetails invited(Instant forwardedAt, Instant sentAt, CustomerData customer) {
            return steps.invite(cloudOps(), sentAt, forwarded(forwardedAt, customer));
        }

        /** Forwarded at {@code at}, invited after {@code slaHours} working hours, activated five hours later. */
        Tenant activated(Instant at, long slaHours, CustomerData customer) {
            Instant sentAt = sla.calendar().addWorkingTime(at, Duration.ofHours(slaHours));
            RequestDetails invited = invited(at, sentAt, customer);
            Instant activatedAt = sentAt.plus(5, HOURS);
            return new Tenant(invited, steps.activate(invited, activatedAt), activatedAt);
        }
    }

    private CustomerData nextCustomer() {
        return DemoCustomers.customer(customers++, today);
    }

    private Instant days(long days) {
        return now.minus(days, DAYS);
    }

    private Instant workingHoursAgo(long hours) {
        return workingHoursBefore(now, hours);
    }

    /** The latest full hour before {@code end} with at least {@code hours} working time in between. */
    private Instant workingHoursBefore(Instant end, long hours) {
        Duration wanted = Duration.ofHours(hours);
        Instant start = end.truncatedTo(HOURS);
        while (sla.calendar().workingTimeBetween(start, end).compareTo(wanted) < 0) {
            start = start.minus(1, HOURS);
        }
        return start;
    }
}
