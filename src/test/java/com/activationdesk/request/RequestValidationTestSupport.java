package com.activationdesk.request;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.activationdesk.MutableClock;
import com.activationdesk.RunAs;
import com.activationdesk.organization.domain.AppUserRepository;
import com.activationdesk.organization.domain.OrganizationRepository;
import com.activationdesk.organization.domain.OrganizationType;
import com.activationdesk.request.domain.CustomerData;
import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.request.service.FieldProblem;
import com.activationdesk.request.service.InvalidRequestException;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.request.service.RequestForm;
import com.activationdesk.request.service.RequestService;
import com.activationdesk.request.service.UnifyVideoRegister;
import com.activationdesk.testdata.Unique;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.activationdesk.testdata.DemoUsers.ALPEN_USER1;
import static com.activationdesk.testdata.DemoUsers.BAVARIA_USER1;
import static com.activationdesk.testdata.DemoUsers.ELBE_USER1;
import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER1;
import static com.activationdesk.testdata.DemoUsers.OPS1;
import static com.activationdesk.testdata.TestInstants.MONDAY_0900;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the request validation tests share: the partners, Monday morning as "now", and checking, saving and
 * submitting through {@link RequestService} as the partner's form does. Findings are compared as "field key"
 * (warnings marked), so an unexpected extra finding fails too.
 */
abstract class RequestValidationTestSupport {

    static final String TIER1 = NORDLICHT_USER1;
    static final String OTHER_TIER1 = ALPEN_USER1;
    static final String TIER2_ALPHA = BAVARIA_USER1;
    static final String TIER2_ALPHA_AND_BETA = ELBE_USER1;

    @Autowired
    RequestService service;
    @Autowired
    UnifyVideoRegister register;
    @Autowired
    RunAs runAs;
    @Autowired
    MutableClock clock;
    @Autowired
    OrganizationRepository organizations;
    @Autowired
    AppUserRepository users;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void startOnMondayMorning() {
        clock.set(MONDAY_0900);
    }

    List<FieldProblem> check(String partner, CustomerData data) {
        return check(partner, data, null, null, true);
    }

    List<FieldProblem> check(String partner, CustomerData data, Long distributorId, Long requestId,
                                     boolean complete) {
        return runAs.as(partner, () -> service.check(new RequestForm(data, distributorId), requestId, complete));
    }

    /** "field key", warnings marked, in the validator's order. */
    static List<String> findings(List<FieldProblem> problems) {
        return problems.stream()
                .map(p -> p.field() + " " + p.messageKey() + (p.blocking() ? "" : " (warning)"))
                .toList();
    }

    RequestDetails create(String partner, CustomerData data) {
        return runAs.as(partner, () -> service.createDraft(new RequestForm(data, null)));
    }

    void assertSubmitRefused(String partner, RequestDetails draft, String... expectedFindings) {
        assertThatThrownBy(() -> runAs.as(partner, () -> service.submit(draft.id(), draft.version())))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(findings(e.getProblems())).containsExactly(expectedFindings));
        RequestDetails after = runAs.as(partner, () -> service.get(draft.id()));
        assertThat(after.status()).isEqualTo(RequestStatus.DRAFT);
        assertThat(after.submittedAt()).isNull();
    }

    void assertDraftRefused(String partner, CustomerData data, String... expectedFindings) {
        assertThatThrownBy(() -> create(partner, data))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(findings(e.getProblems())).containsExactly(expectedFindings));
    }

    void importIntoRegister(String address) {
        var report = runAs.as(OPS1,
                () -> register.importCsv("register.csv", new ByteArrayInputStream(address.getBytes(StandardCharsets.UTF_8))));
        assertThat(report.imported()).isEqualTo(1);
    }

    long distributor(String namePrefix) {
        return organizations.findByTypeOrderByName(OrganizationType.DISTRIBUTOR).stream()
                .filter(o -> o.getName().startsWith(namePrefix)).findFirst().orElseThrow().getId();
    }

    long countRequests() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM activation_request", Long.class);
    }

    /** What "missing" means for the field's type: blank text, or no value. */
    static Object missingValue(String field) {
        return switch (field) {
            case "platform", "licensing", "plannedUsers", "plannedRolloutDate" -> null;
            default -> "   ";
        };
    }

    /** A value of exactly {@code length} characters that is well-formed for the field and unique to this run. */
    static String valueOfLength(String field, int length) {
        String tag = Unique.tag();
        return switch (field) {
            case "website" -> "https://" + tag + "w".repeat(length - 8 - tag.length() - ".example".length()) + ".example";
            case "adminEmail" -> tag + "A".repeat(length - tag.length() - "@kunde.example".length()) + "@kunde.example";
            default -> tag + "x".repeat(length - tag.length());
        };
    }
}
