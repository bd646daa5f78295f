package com.activationdesk.request;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.activationdesk.IntegrationTest;
import com.activationdesk.MutableClock;
import com.activationdesk.RunAs;
import com.activationdesk.base.domain.NotFoundException;
import com.activationdesk.organization.domain.Organization;
import com.activationdesk.organization.domain.OrganizationRepository;
import com.activationdesk.organization.domain.OrganizationType;
import com.activationdesk.organization.domain.Role;
import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.request.service.ForwardChecklist;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.request.service.RequestForm;
import com.activationdesk.request.service.RequestService;
import com.activationdesk.testdata.TestRequest;
import com.activationdesk.testdata.TestTerms;
import com.activationdesk.testdata.Unique;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static com.activationdesk.organization.domain.Role.ADMIN;
import static com.activationdesk.organization.domain.Role.CAM;
import static com.activationdesk.organization.domain.Role.CLOUD_OPS;
import static com.activationdesk.organization.domain.Role.CUSTOMER_ADMIN;
import static com.activationdesk.organization.domain.Role.DAM;
import static com.activationdesk.organization.domain.Role.DISTRIBUTOR;
import static com.activationdesk.organization.domain.Role.PARTNER;
import static com.activationdesk.testdata.DemoUsers.ALPEN_USER1;
import static com.activationdesk.testdata.DemoUsers.ALPHA_USER1;
import static com.activationdesk.testdata.DemoUsers.ALPHA_USER2;
import static com.activationdesk.testdata.DemoUsers.BAVARIA_USER1;
import static com.activationdesk.testdata.DemoUsers.BETA_USER1;
import static com.activationdesk.testdata.DemoUsers.CAM1;
import static com.activationdesk.testdata.DemoUsers.CAM2;
import static com.activationdesk.testdata.DemoUsers.DAM1;
import static com.activationdesk.testdata.DemoUsers.DAM2;
import static com.activationdesk.testdata.DemoUsers.ELBE_USER1;
import static com.activationdesk.testdata.DemoUsers.MUSTER_ADMIN;
import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER1;
import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER2;
import static com.activationdesk.testdata.DemoUsers.OPS1;
import static com.activationdesk.testdata.DemoUsers.OPS2;
import static com.activationdesk.testdata.DemoUsers.VENDOR_ADMIN;
import static com.activationdesk.testdata.TestInstants.MONDAY_0900;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A request outside the caller's scope behaves exactly like one that does not exist: every read and every action
 * fails with the same NotFoundException as for id {@link Long#MAX_VALUE}, unless the role may never take that
 * action at all, which the method security refuses first with AccessDeniedException. Each case also shows the
 * request is visible to someone in scope, so the test cannot pass by everything being invisible.
 */
@IntegrationTest
class DataScopeTest {

    static final long MISSING = Long.MAX_VALUE;

    @Autowired
    RequestService service;
    @Autowired
    RunAs runAs;
    @Autowired
    MutableClock clock;
    @Autowired
    OrganizationRepository organizations;

    /** One service entry point that takes a request id, and the roles its @PreAuthorize lets in. */
    record Action(String name, Set<Role> roles, Call call) {
    }

    @FunctionalInterface
    interface Call {
        Object on(RequestService service, long id, long version);
    }

    static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);

    /** Every action with valid arguments, so only the scope (or the role) can make it fail. */
    static final List<Action> ACTIONS = List.of(
            new Action("get", EVERYONE, (s, id, v) -> s.get(id)),
            new Action("timeline", EVERYONE, (s, id, v) -> s.timeline(id)),
            new Action("getWithTimeline", EVERYONE, (s, id, v) -> s.getWithTimeline(id)),
            new Action("check", EnumSet.of(PARTNER), (s, id, v) -> s.check(tier1Form(), id, false)),
            new Action("saveDraft", EnumSet.of(PARTNER), (s, id, v) -> s.saveDraft(id, v, tier1Form())),
            new Action("submit", EnumSet.of(PARTNER), (s, id, v) -> s.submit(id, v)),
            new Action("withdraw", EnumSet.of(PARTNER), (s, id, v) -> s.withdraw(id, v, "no longer needed")),
            new Action("passToDam", EnumSet.of(DISTRIBUTOR), (s, id, v) -> s.passToDam(id, v, null)),
            new Action("returnToPartner", EnumSet.of(DISTRIBUTOR, CAM, DAM), (s, id, v) -> s.returnToPartner(id, v, "fix it")),
            new Action("forwardToCloudOps", EnumSet.of(CAM, DAM),
                    (s, id, v) -> s.forwardToCloudOps(id, v, new ForwardChecklist(true, true), null)),
            new Action("reject", EnumSet.of(CAM, DAM), (s, id, v) -> s.reject(id, v, "sanctions list")),
            new Action("requestResend", EnumSet.of(CAM, DAM), (s, id, v) -> s.requestResend(id, v, "lost mail")),
            new Action("askManager", EnumSet.of(CLOUD_OPS), (s, id, v) -> s.askManager(id, v, "which site?")),
            new Action("provisionAndInvite", EnumSet.of(CLOUD_OPS), (s, id, v) -> s.provisionAndInvite(id, v, "tenant-x")),
            new Action("resendInvitation", EnumSet.of(CLOUD_OPS), (s, id, v) -> s.resendInvitation(id, v)));

    @BeforeEach
    void startOnMondayMorning() {
        clock.set(MONDAY_0900);
    }

    @Test
    void partnerDoesNotSeeAnotherPartnersRequests() {
        RequestDetails draft = draft(NORDLICHT_USER1);
        RequestDetails submitted = submit(NORDLICHT_USER1, draft(NORDLICHT_USER1));

        assertVisible(NORDLICHT_USER2, draft); // the same company
        for (RequestDetails request : List.of(draft, submitted)) {
            assertInvisible(ALPEN_USER1, PARTNER, request);
            assertInvisible(ELBE_USER1, PARTNER, request);
        }
        assertInvisible(NORDLICHT_USER1, PARTNER, submit(BAVARIA_USER1, draftVia(BAVARIA_USER1, "Alpha")));
    }

    @Test
    void distributorSeesOnlyRequestsSubmittedThroughIt() {
        RequestDetails viaAlphaDraft = draftVia(ELBE_USER1, "Alpha");
        RequestDetails viaBetaDraft = draftVia(ELBE_USER1, "Beta");

        // a partner's draft is never visible to the distributor it names
        assertInvisible(ALPHA_USER1, DISTRIBUTOR, viaAlphaDraft);
        assertInvisible(BETA_USER1, DISTRIBUTOR, viaBetaDraft);

        RequestDetails viaAlpha = submit(ELBE_USER1, viaAlphaDraft);
        assertVisible(ALPHA_USER1, viaAlpha);
        assertVisible(ALPHA_USER2, viaAlpha);
        assertInvisible(BETA_USER1, DISTRIBUTOR, viaAlpha);

        RequestDetails tier1 = submit(NORDLICHT_USER1, draft(NORDLICHT_USER1));
        assertInvisible(ALPHA_USER1, DISTRIBUTOR, tier1);
    }

    @Test
    void aReturnedRequestRoutedToAnotherDistributorReachesItOnlyWithItsResubmission() {
        RequestDetails viaAlpha = submit(ELBE_USER1, draftVia(ELBE_USER1, "Alpha"));
        RequestDetails returned = runAs.as(ALPHA_USER1,
                () -> service.returnToPartner(viaAlpha.id(), viaAlpha.version(), "wrong distributor"));
        RequestDetails keptAlpha = runAs.as(ELBE_USER1, () -> service.saveDraft(returned.id(), returned.version(),
                TestRequest.valid(clock).viaDistributor(distributorId("Alpha")).form()));
        assertVisible(ALPHA_USER1, keptAlpha); // still routed to Alpha
        assertInvisible(BETA_USER1, DISTRIBUTOR, keptAlpha);

        RequestDetails viaBeta = runAs.as(ELBE_USER1, () -> service.saveDraft(keptAlpha.id(), keptAlpha.version(),
                TestRequest.valid(clock).viaDistributor(distributorId("Beta")).form()));
        assertInvisible(BETA_USER1, DISTRIBUTOR, viaBeta);
        assertInvisible(ALPHA_USER1, DISTRIBUTOR, viaBeta);
        assertVisible(ELBE_USER1, viaBeta);

        RequestDetails resubmitted = submit(ELBE_USER1, viaBeta);
        assertVisible(BETA_USER1, resubmitted);
        assertInvisible(ALPHA_USER1, DISTRIBUTOR, resubmitted);
    }

    @Test
    void camSeesOnlyTheRequestsOfItsOwnPartnersOnceSubmitted() {
        RequestDetails draft = draft(NORDLICHT_USER1);
        assertInvisible(CAM1, CAM, draft); // not yet sent

        RequestDetails submitted = submit(NORDLICHT_USER1, draft);
        assertVisible(CAM1, submitted);
        assertInvisible(CAM2, CAM, submitted);
        assertInvisible(CAM1, CAM, submit(ALPEN_USER1, draft(ALPEN_USER1)));
    }

    @Test
    void damSeesOnlyRequestsRoutedThroughItsDistributors() {
        RequestDetails atAlpha = submit(BAVARIA_USER1, draftVia(BAVARIA_USER1, "Alpha"));
        RequestDetails inReview = runAs.as(ALPHA_USER1, () -> service.passToDam(atAlpha.id(), atAlpha.version(), null));
        assertThat(inReview.status()).isEqualTo(RequestStatus.IN_REVIEW);

        assertVisible(DAM1, inReview);
        assertInvisible(DAM2, DAM, inReview);
        assertInvisible(DAM1, DAM, draftVia(BAVARIA_USER1, "Alpha"));
        assertInvisible(DAM1, DAM, submit(NORDLICHT_USER1, draft(NORDLICHT_USER1))); // a CAM's request
    }

    @Test
    void cloudOpsSeesARequestOnlyFromTheFirstForwardOn() {
        RequestDetails inReview = submit(NORDLICHT_USER1, draft(NORDLICHT_USER1));
        assertInvisible(OPS1, CLOUD_OPS, inReview);

        RequestDetails atCloudOps = runAs.as(CAM1,
                () -> service.forwardToCloudOps(inReview.id(), inReview.version(), new ForwardChecklist(true, true), null));
        assertVisible(OPS1, atCloudOps);
        assertVisible(OPS2, atCloudOps);

        // back at the CAM with a question it stays visible to Cloud Ops, who asked
        RequestDetails asked = runAs.as(OPS1,
                () -> service.askManager(atCloudOps.id(), atCloudOps.version(), "Which site?"));
        assertThat(asked.status()).isEqualTo(RequestStatus.IN_REVIEW);
        assertVisible(OPS2, asked);
    }

    @Test
    void customerAdminSeesOnlyItsOwnActivatedTenant() {
        RequestDetails someoneElses = submit(NORDLICHT_USER1, draft(NORDLICHT_USER1));
        assertInvisible(MUSTER_ADMIN, CUSTOMER_ADMIN, draft(NORDLICHT_USER1));
        assertInvisible(MUSTER_ADMIN, CUSTOMER_ADMIN, someoneElses);

        RequestDetails forwarded = runAs.as(CAM1, () -> service.forwardToCloudOps(someoneElses.id(),
                someoneElses.version(), new ForwardChecklist(true, true), null));
        assertInvisible(MUSTER_ADMIN, CUSTOMER_ADMIN, forwarded);

        // activated for another end customer: still invisible; activated for Muster Logistik: visible
        long other = organizations.save(new Organization("Anderer Kunde " + Unique.tag() + " GmbH",
                OrganizationType.END_CUSTOMER, null, "DE")).getId();
        assertInvisible(MUSTER_ADMIN, CUSTOMER_ADMIN, activatedFor(other));
        long muster = organizations.findByTypeOrderByName(OrganizationType.END_CUSTOMER).stream()
                .filter(o -> o.getName().startsWith("Muster Logistik")).findFirst().orElseThrow().getId();
        assertVisible(MUSTER_ADMIN, activatedFor(muster));
    }

    @Test
    void adminSeesEverythingButCannotActOnAnyRequest() {
        RequestDetails draft = draft(NORDLICHT_USER1);
        RequestDetails atAlpha = submit(BAVARIA_USER1, draftVia(BAVARIA_USER1, "Alpha"));
        for (RequestDetails request : List.of(draft, atAlpha)) {
            assertVisible(VENDOR_ADMIN, request);
            assertThat(runAs.as(VENDOR_ADMIN, () -> service.get(request.id()).allowedActions())).isEmpty();
            for (Action action : ACTIONS) {
                if (action.roles().contains(ADMIN)) {
                    continue; // get and timeline: shown by assertVisible
                }
                Throwable thrown = attempt(VENDOR_ADMIN, action, request.id(), request.version());
                assertThat(thrown).as(action.name()).isInstanceOf(AccessDeniedException.class);
            }
            assertUnchanged(request);
        }
        // and for a missing request the admin gets the same answer as everyone else
        assertThat(attempt(VENDOR_ADMIN, ACTIONS.getFirst(), MISSING, 0)).isInstanceOf(NotFoundException.class);
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    /**
     * Every action on the request fails for the user as it does for a request that does not exist; actions the
     * role may never take fail with AccessDeniedException instead. Nothing changes.
     */
    private void assertInvisible(String user, Role role, RequestDetails request) {
        for (Action action : ACTIONS) {
            Throwable onRequest = attempt(user, action, request.id(), request.version());
            Throwable onMissing = attempt(user, action, MISSING, request.version());
            if (action.roles().contains(role)) {
                assertThat(onRequest).as(user + " " + action.name()).isInstanceOf(NotFoundException.class);
                assertThat(onMissing).as(user + " " + action.name() + " (missing)").isInstanceOf(NotFoundException.class);
                NotFoundException scoped = (NotFoundException) onRequest;
                NotFoundException missing = (NotFoundException) onMissing;
                assertThat(scoped.getMessageKey()).isEqualTo("error.not-found").isEqualTo(missing.getMessageKey());
                assertThat(scoped.getArguments()).containsExactly(missing.getArguments());
                assertThat(scoped.getMessage()).isEqualTo(missing.getMessage());
            } else {
                assertThat(onRequest).as(user + " " + action.name()).isInstanceOf(AccessDeniedException.class);
                assertThat(onMissing).as(user + " " + action.name() + " (missing)").isInstanceOf(AccessDeniedException.class);
            }
        }
        assertUnchanged(request);
    }

    /** Valid data for the actions of {@link #ACTIONS}, which run at {@code MONDAY_0900} like every test here. */
    static RequestForm tier1Form() {
        return TestRequest.valid(Clock.fixed(MONDAY_0900, ZoneOffset.UTC)).form();
    }

    /** The user can read the request and its timeline. */
    private void assertVisible(String user, RequestDetails request) {
        assertThat(runAs.as(user, () -> service.get(request.id())).reference()).isEqualTo(request.reference());
        assertThat(runAs.as(user, () -> service.timeline(request.id()))).isNotEmpty();
    }

    private Throwable attempt(String user, Action action, long id, long version) {
        return catchThrowable(() -> runAs.as(user, () -> action.call().on(service, id, version)));
    }

    private void assertUnchanged(RequestDetails request) {
        RequestDetails now = runAs.as(VENDOR_ADMIN, () -> service.get(request.id()));
        assertThat(now.version()).isEqualTo(request.version());
        assertThat(now.status()).isEqualTo(request.status());
    }

    private RequestDetails draft(String partner) {
        return runAs.as(partner, () -> service.createDraft(TestRequest.valid(clock).form()));
    }

    private RequestDetails draftVia(String partner, String distributorPrefix) {
        long distributor = distributorId(distributorPrefix);
        return runAs.as(partner, () -> service.createDraft(TestRequest.valid(clock).viaDistributor(distributor).form()));
    }

    private long distributorId(String namePrefix) {
        return organizations.findByTypeOrderByName(OrganizationType.DISTRIBUTOR).stream()
                .filter(o -> o.getName().startsWith(namePrefix)).findFirst().orElseThrow().getId();
    }

    private RequestDetails submit(String partner, RequestDetails draft) {
        return runAs.as(partner, () -> service.submit(draft.id(), draft.version()));
    }

    private RequestDetails activatedFor(long customerOrganizationId) {
        RequestDetails submitted = submit(ALPEN_USER1, draft(ALPEN_USER1));
        RequestDetails forwarded = runAs.as(CAM2, () -> service.forwardToCloudOps(submitted.id(),
                submitted.version(), new ForwardChecklist(true, true), null));
        RequestDetails invited = runAs.as(OPS2,
                () -> service.provisionAndInvite(forwarded.id(), forwarded.version(), "tenant-" + forwarded.id()));
        service.activate(invited.id(), invited.data().administrator().email(), customerOrganizationId,
                TestTerms.accepted("2026-11"));
        return runAs.as(VENDOR_ADMIN, () -> service.get(invited.id()));
    }
}
