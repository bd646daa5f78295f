package com.activationdesk.request;

import java.time.Instant;
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

    static final Instant MONDAY_0900 = Instant.parse("2026-12-07T08:00:00Z");
    static final long MISSING = Long.MAX_VALUE;

    static final String NORDLICHT = "user1@nordlicht.example";
    static final String ALPEN = "user1@alpen-telecom.example";
    static final String BAVARIA = "user1@bavaria-voice.example";
    static final String ELBE = "user1@elbe-netz.example";
    static final String ALPHA = "user1@alpha-dist.example";
    static final String BETA = "user1@beta-dist.example";
    static final String CUSTOMER_ADMIN_MUSTER = "admin@muster-logistik.example";

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
            new Action("check", EnumSet.of(PARTNER), (s, id, v) -> s.check(RequestFixtures.tier1Form(), id, false)),
            new Action("saveDraft", EnumSet.of(PARTNER), (s, id, v) -> s.saveDraft(id, v, RequestFixtures.tier1Form())),
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
        RequestDetails draft = draft(NORDLICHT);
        RequestDetails submitted = submit(NORDLICHT, draft(NORDLICHT));

        assertVisible("user2@nordlicht.example", draft); // the same company
        for (RequestDetails request : List.of(draft, submitted)) {
            assertInvisible(ALPEN, PARTNER, request);
            assertInvisible(ELBE, PARTNER, request);
        }
        assertInvisible(NORDLICHT, PARTNER, submit(BAVARIA, draftVia(BAVARIA, "Alpha")));
    }

    @Test
    void distributorSeesOnlyRequestsSubmittedThroughIt() {
        RequestDetails viaAlphaDraft = draftVia(ELBE, "Alpha");
        RequestDetails viaBetaDraft = draftVia(ELBE, "Beta");

        // a partner's draft is never visible to the distributor it names
        assertInvisible(ALPHA, DISTRIBUTOR, viaAlphaDraft);
        assertInvisible(BETA, DISTRIBUTOR, viaBetaDraft);

        RequestDetails viaAlpha = submit(ELBE, viaAlphaDraft);
        assertVisible(ALPHA, viaAlpha);
        assertVisible("user2@alpha-dist.example", viaAlpha);
        assertInvisible(BETA, DISTRIBUTOR, viaAlpha);

        RequestDetails tier1 = submit(NORDLICHT, draft(NORDLICHT));
        assertInvisible(ALPHA, DISTRIBUTOR, tier1);
    }

    @Test
    void camSeesOnlyTheRequestsOfItsOwnPartnersOnceSubmitted() {
        RequestDetails draft = draft(NORDLICHT);
        assertInvisible("cam1@vendor.example", CAM, draft); // not yet sent

        RequestDetails submitted = submit(NORDLICHT, draft);
        assertVisible("cam1@vendor.example", submitted);
        assertInvisible("cam2@vendor.example", CAM, submitted);
        assertInvisible("cam1@vendor.example", CAM, submit(ALPEN, draft(ALPEN)));
    }

    @Test
    void damSeesOnlyRequestsRoutedThroughItsDistributors() {
        RequestDetails atAlpha = submit(BAVARIA, draftVia(BAVARIA, "Alpha"));
        RequestDetails inReview = runAs.as(ALPHA, () -> service.passToDam(atAlpha.id(), atAlpha.version(), null));
        assertThat(inReview.status()).isEqualTo(RequestStatus.IN_REVIEW);

        assertVisible("dam1@vendor.example", inReview);
        assertInvisible("dam2@vendor.example", DAM, inReview);
        assertInvisible("dam1@vendor.example", DAM, draftVia(BAVARIA, "Alpha"));
        assertInvisible("dam1@vendor.example", DAM, submit(NORDLICHT, draft(NORDLICHT))); // a CAM's request
    }

    @Test
    void cloudOpsSeesARequestOnlyFromTheFirstForwardOn() {
        RequestDetails inReview = submit(NORDLICHT, draft(NORDLICHT));
        assertInvisible("ops1@vendor.example", CLOUD_OPS, inReview);

        RequestDetails atCloudOps = runAs.as("cam1@vendor.example",
                () -> service.forwardToCloudOps(inReview.id(), inReview.version(), new ForwardChecklist(true, true), null));
        assertVisible("ops1@vendor.example", atCloudOps);
        assertVisible("ops2@vendor.example", atCloudOps);

        // back at the CAM with a question it stays visible to Cloud Ops, who asked
        RequestDetails asked = runAs.as("ops1@vendor.example",
                () -> service.askManager(atCloudOps.id(), atCloudOps.version(), "Which site?"));
        assertThat(asked.status()).isEqualTo(RequestStatus.IN_REVIEW);
        assertVisible("ops2@vendor.example", asked);
    }

    @Test
    void customerAdminSeesOnlyItsOwnActivatedTenant() {
        RequestDetails someoneElses = submit(NORDLICHT, draft(NORDLICHT));
        assertInvisible(CUSTOMER_ADMIN_MUSTER, CUSTOMER_ADMIN, draft(NORDLICHT));
        assertInvisible(CUSTOMER_ADMIN_MUSTER, CUSTOMER_ADMIN, someoneElses);

        RequestDetails forwarded = runAs.as("cam1@vendor.example", () -> service.forwardToCloudOps(someoneElses.id(),
                someoneElses.version(), new ForwardChecklist(true, true), null));
        assertInvisible(CUSTOMER_ADMIN_MUSTER, CUSTOMER_ADMIN, forwarded);

        // activated for another end customer: still invisible; activated for Muster Logistik: visible
        long other = organizations.save(new Organization("Anderer Kunde " + RequestFixtures.unique() + " GmbH",
                OrganizationType.END_CUSTOMER, null, "DE")).getId();
        assertInvisible(CUSTOMER_ADMIN_MUSTER, CUSTOMER_ADMIN, activatedFor(other));
        long muster = organizations.findByTypeOrderByName(OrganizationType.END_CUSTOMER).stream()
                .filter(o -> o.getName().startsWith("Muster Logistik")).findFirst().orElseThrow().getId();
        assertVisible(CUSTOMER_ADMIN_MUSTER, activatedFor(muster));
    }

    @Test
    void adminSeesEverythingButCannotActOnAnyRequest() {
        RequestDetails draft = draft(NORDLICHT);
        RequestDetails atAlpha = submit(BAVARIA, draftVia(BAVARIA, "Alpha"));
        for (RequestDetails request : List.of(draft, atAlpha)) {
            assertVisible("admin@vendor.example", request);
            assertThat(runAs.as("admin@vendor.example", () -> service.get(request.id()).allowedActions())).isEmpty();
            for (Action action : ACTIONS) {
                if (action.roles().contains(ADMIN)) {
                    continue; // get and timeline: shown by assertVisible
                }
                Throwable thrown = attempt("admin@vendor.example", action, request.id(), request.version());
                assertThat(thrown).as(action.name()).isInstanceOf(AccessDeniedException.class);
            }
            assertUnchanged(request);
        }
        // and for a missing request the admin gets the same answer as everyone else
        assertThat(attempt("admin@vendor.example", ACTIONS.getFirst(), MISSING, 0)).isInstanceOf(NotFoundException.class);
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

    /** The user can read the request and its timeline. */
    private void assertVisible(String user, RequestDetails request) {
        assertThat(runAs.as(user, () -> service.get(request.id())).reference()).isEqualTo(request.reference());
        assertThat(runAs.as(user, () -> service.timeline(request.id()))).isNotEmpty();
    }

    private Throwable attempt(String user, Action action, long id, long version) {
        return catchThrowable(() -> runAs.as(user, () -> action.call().on(service, id, version)));
    }

    private void assertUnchanged(RequestDetails request) {
        RequestDetails now = runAs.as("admin@vendor.example", () -> service.get(request.id()));
        assertThat(now.version()).isEqualTo(request.version());
        assertThat(now.status()).isEqualTo(request.status());
    }

    private RequestDetails draft(String partner) {
        return runAs.as(partner, () -> service.createDraft(RequestFixtures.tier1Form()));
    }

    private RequestDetails draftVia(String partner, String distributorPrefix) {
        long distributor = organizations.findByTypeOrderByName(OrganizationType.DISTRIBUTOR).stream()
                .filter(o -> o.getName().startsWith(distributorPrefix)).findFirst().orElseThrow().getId();
        return runAs.as(partner, () -> service.createDraft(new RequestForm(RequestFixtures.validData(), distributor)));
    }

    private RequestDetails submit(String partner, RequestDetails draft) {
        return runAs.as(partner, () -> service.submit(draft.id(), draft.version()));
    }

    private RequestDetails activatedFor(long customerOrganizationId) {
        RequestDetails submitted = submit(ALPEN, draft(ALPEN));
        RequestDetails forwarded = runAs.as("cam2@vendor.example", () -> service.forwardToCloudOps(submitted.id(),
                submitted.version(), new ForwardChecklist(true, true), null));
        RequestDetails invited = runAs.as("ops2@vendor.example",
                () -> service.provisionAndInvite(forwarded.id(), forwarded.version(), "tenant-" + forwarded.id()));
        service.activate(invited.id(), invited.data().administrator().email(), customerOrganizationId, "2026-11");
        return runAs.as("admin@vendor.example", () -> service.get(invited.id()));
    }
}
