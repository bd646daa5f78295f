package com.activationdesk.testdata;

import java.time.Clock;
import java.time.Instant;

import com.activationdesk.MutableClock;
import com.activationdesk.RunAs;
import com.activationdesk.organization.domain.Organization;
import com.activationdesk.request.service.ForwardChecklist;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.request.service.RequestForm;
import com.activationdesk.request.service.RequestService;

/**
 * Brings requests into a status through the real services, each step as the user who takes it in the process and
 * at the clock's current instant. The {@code …At} variants set the clock first, so they need the test clock
 * ({@link MutableClock}); with the system clock (browser and module tests) only the others work.
 */
public final class RequestSteps {

    /** The reason of {@link #returnToPartner}. */
    public static final String RETURN_REASON = "VAT number is missing a digit";

    private final RequestService requests;
    private final RunAs runAs;
    private final Clock clock;

    public RequestSteps(RequestService requests, RunAs runAs, Clock clock) {
        this.requests = requests;
        this.runAs = runAs;
        this.clock = clock;
    }

    /** Valid data at the test clock's today. */
    public TestRequest valid() {
        return TestRequest.valid(clock);
    }

    public RequestDetails draft(String partnerUser, RequestForm form) {
        return runAs.as(partnerUser, () -> requests.createDraft(form));
    }

    /** A tier-1 draft with valid data. */
    public RequestDetails draft(String partnerUser) {
        return draft(partnerUser, valid().form());
    }

    public RequestDetails submit(String partnerUser, RequestDetails request) {
        return runAs.as(partnerUser, () -> requests.submit(request.id(), request.version()));
    }

    /** A new tier-1 request submitted to the CAM. */
    public RequestDetails submitted(String partnerUser) {
        return submit(partnerUser, draft(partnerUser));
    }

    public RequestDetails submittedAt(String partnerUser, Instant at) {
        testClock().set(at);
        return submitted(partnerUser);
    }

    public RequestDetails returnToPartner(String user, RequestDetails request) {
        return runAs.as(user, () -> requests.returnToPartner(request.id(), request.version(), RETURN_REASON));
    }

    public RequestDetails passToDam(String distributorUser, RequestDetails request) {
        return runAs.as(distributorUser, () -> requests.passToDam(request.id(), request.version(), null));
    }

    /** Forwarded with the checklist ticked: the SLA clock starts now. */
    public RequestDetails forward(String manager, RequestDetails request) {
        return runAs.as(manager, () -> requests.forwardToCloudOps(request.id(), request.version(),
                new ForwardChecklist(true, true), null));
    }

    /** A new tier-1 request submitted and forwarded to Cloud Ops at {@code at}. */
    public RequestDetails forwardedAt(String partnerUser, String cam, Instant at) {
        return forward(cam, submittedAt(partnerUser, at));
    }

    public RequestDetails askManager(String cloudOps, RequestDetails request) {
        return runAs.as(cloudOps, () -> requests.askManager(request.id(), request.version(), "Which site is the main one?"));
    }

    /** Provisioned as tenant {@code tenant-<reference>}; the invitation goes out now. */
    public RequestDetails invite(String cloudOps, RequestDetails request) {
        return runAs.as(cloudOps, () -> requests.provisionAndInvite(request.id(), request.version(),
                "tenant-" + request.reference()));
    }

    /** A new tier-1 request forwarded at {@code forwardedAt} and invited by {@code OPS1} at {@code invitedAt}. */
    public RequestDetails invitedAt(String partnerUser, String cam, Instant forwardedAt, Instant invitedAt) {
        RequestDetails forwarded = forwardedAt(partnerUser, cam, forwardedAt);
        testClock().set(invitedAt);
        return invite(DemoUsers.OPS1, forwarded);
    }

    public RequestDetails requestResend(String manager, RequestDetails request) {
        return runAs.as(manager, () -> requests.requestResend(request.id(), request.version(), null));
    }

    public RequestDetails resendInvitation(String cloudOps, RequestDetails request) {
        return runAs.as(cloudOps, () -> requests.resendInvitation(request.id(), request.version()));
    }

    /** The invited administrator accepts this version of the terms and activates the tenant for this end customer. */
    public RequestDetails activate(RequestDetails invited, Organization customer, String termsVersion) {
        requests.activate(invited.id(), invited.data().administrator().email(), customer.getId(),
                TestTerms.accepted(termsVersion));
        return invited;
    }

    /** Activated at {@code at} (terms version {@code 2031-01}). */
    public RequestDetails activateAt(RequestDetails invited, Organization customer, Instant at) {
        testClock().set(at);
        return activate(invited, customer, "2031-01");
    }

    private MutableClock testClock() {
        if (clock instanceof MutableClock testClock) {
            return testClock;
        }
        throw new IllegalStateException("Steps at a chosen instant need the test clock, not " + clock);
    }
}
