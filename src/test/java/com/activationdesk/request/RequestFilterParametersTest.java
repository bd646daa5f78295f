package com.activationdesk.request;

import java.time.LocalDate;
import java.util.EnumSet;

import com.activationdesk.request.domain.Platform;
import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.request.service.RequestDate;
import com.activationdesk.request.service.RequestFilter;
import com.activationdesk.request.service.RequestSort;
import com.activationdesk.screening.ScreeningState;
import com.activationdesk.sla.SlaState;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The grid's state survives the trip through the URL, and a hand-edited URL never breaks the page. */
class RequestFilterParametersTest {

    @Test
    void everyFilterRoundTripsThroughTheQueryString() {
        RequestFilterParameters state = new RequestFilterParameters(new RequestFilter(
                EnumSet.of(RequestStatus.IN_REVIEW, RequestStatus.AT_CLOUD_OPS), EnumSet.of(SlaState.AT_RISK),
                12L, 7L, EnumSet.of(Platform.OPENSCAPE_VOICE), "de", RequestDate.ACTIVATED, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), 24, "Müller & Söhne", true,
                EnumSet.of(ScreeningState.UNDECIDED, ScreeningState.NOT_SCREENED)), RequestSort.SLA_DUE, true);
        String query = state.toQueryString();
        RequestFilterParameters back = RequestFilterParameters.from(QueryParameters.fromString(query));
        assertThat(back).isEqualTo(state);
        assertThat(back.filter().country()).isEqualTo("DE");
        assertThat(query).contains("date=ACTIVATED", "expiring=24", "coadmin=missing", "screening=NOT_SCREENED");
    }

    @Test
    void theSubmissionDateIsTheDefaultAndStaysOutOfTheUrl() {
        RequestFilter submitted = RequestFilter.none().withDates(null, LocalDate.of(2026, 3, 1), null);
        String query = new RequestFilterParameters(submitted, RequestSort.UPDATED, false).toQueryString();

        assertThat(submitted.dateField()).isEqualTo(RequestDate.SUBMITTED);
        assertThat(query).isEqualTo("from=2026-03-01");
        assertThat(RequestFilterParameters.from(QueryParameters.fromString(query)).filter()).isEqualTo(submitted);
    }

    @Test
    void noFilterIsMarkedSoThePresetDoesNotReturn() {
        assertThat(RequestFilterParameters.defaults().toQueryString()).isEqualTo("all=1");
        assertThat(RequestFilterParameters.from(QueryParameters.fromString("all=1"))).isEqualTo(RequestFilterParameters.defaults());
    }

    @Test
    void malformedValuesAreIgnored() {
        RequestFilterParameters parsed = RequestFilterParameters.from(QueryParameters.fromString(
                "status=IN_REVIEW,NONSENSE&sla=&partner=abc&from=2026-13-45&sort=DROP_TABLE&q=%20&date=updated_at"
                        + "&expiring=73"));
        assertThat(parsed.filter().statuses()).containsExactly(RequestStatus.IN_REVIEW);
        assertThat(parsed.filter().slaStates()).isEmpty();
        assertThat(parsed.filter().partnerId()).isNull();
        assertThat(parsed.filter().dateFrom()).isNull();
        assertThat(parsed.filter().dateField()).isEqualTo(RequestDate.SUBMITTED);
        assertThat(parsed.filter().invitationExpiresWithinHours()).as("beyond the link's 72 hours").isNull();
        assertThat(RequestFilterParameters.from(QueryParameters.fromString("expiring=0")).filter()
                .invitationExpiresWithinHours()).isNull();
        assertThat(RequestFilterParameters.from(QueryParameters.fromString("expiring=99999999999")).filter()
                .invitationExpiresWithinHours()).isNull();
        assertThat(parsed.filter().text()).isNull();
        assertThat(parsed.sort()).isEqualTo(RequestSort.UPDATED);
        assertThat(RequestFilterParameters.from(QueryParameters.fromString("coadmin=yes")).filter()
                .withoutMeAsCoAdministrator()).isFalse();
    }

    @Test
    void withoutMeAsCoAdministratorIsCoadminMissingAndStaysOutOfTheUrlOtherwise() {
        RequestFilter withoutMe = RequestFilter.none().withoutMeAsCoAdministrator(true);
        String query = new RequestFilterParameters(withoutMe, RequestSort.UPDATED, false).toQueryString();

        assertThat(query).isEqualTo("coadmin=missing");
        assertThat(RequestFilterParameters.from(QueryParameters.fromString(query)).filter()).isEqualTo(withoutMe);
        assertThat(RequestFilter.none().withoutMeAsCoAdministrator()).isFalse();
        assertThat(withoutMe.withStatuses(EnumSet.of(RequestStatus.ACTIVATED)).withSlaStates(EnumSet.of(SlaState.MET))
                .withPartner(1L).withPlatforms(EnumSet.of(Platform.OPENSCAPE_VOICE)).withCountry("DE")
                .withDates(RequestDate.INVITED, null, null).withInvitationExpiringWithin(24).withText("x")
                .withoutMeAsCoAdministrator()).as("kept by every other wither").isTrue();
        assertThat(new RequestFilterParameters(withoutMe.withoutMeAsCoAdministrator(false), RequestSort.UPDATED, false)
                .toQueryString()).isEqualTo("all=1");
    }
}
