package com.activationdesk.request;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.activationdesk.request.domain.Platform;
import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.request.service.RequestDate;
import com.activationdesk.request.service.RequestFilter;
import com.activationdesk.request.service.RequestSort;
import com.activationdesk.screening.ScreeningState;
import com.activationdesk.sla.SlaState;
import com.vaadin.flow.router.QueryParameters;

/**
 * The grid's state as URL query parameters and back, so a filtered grid can be bookmarked, shared, saved and
 * navigated with the back button. Unknown or malformed values are ignored rather than failing the page.
 */
public record RequestFilterParameters(RequestFilter filter, RequestSort sort, boolean ascending) {

    /** Present (with any value) when the user chose "no filter", so the role's preset does not kick in. */
    static final String ALL = "all";
    /** {@code coadmin=missing}: only requests without the logged-in user as co-administrator. */
    private static final String CO_ADMIN = "coadmin";
    private static final String CO_ADMIN_MISSING = "missing";

    public static RequestFilterParameters defaults() {
        return new RequestFilterParameters(RequestFilter.none(), RequestSort.UPDATED, false);
    }

    public static RequestFilterParameters from(QueryParameters parameters) {
        Map<String, List<String>> p = parameters.getParameters();
        Long expiring = number(p, "expiring");
        RequestFilter filter = new RequestFilter(
                enums(p, "status", RequestStatus.class), enums(p, "sla", SlaState.class),
                number(p, "partner"), number(p, "distributor"), enums(p, "platform", Platform.class),
                single(p, "country"), parse(single(p, "date"), RequestDate::valueOf), date(p, "from"), date(p, "to"),
                expiring == null || expiring > Integer.MAX_VALUE || expiring < 0 ? null : expiring.intValue(),
                single(p, "q"), CO_ADMIN_MISSING.equals(single(p, CO_ADMIN)),
                enums(p, "screening", ScreeningState.class));
        RequestSort sort = parse(single(p, "sort"), RequestSort::valueOf);
        return new RequestFilterParameters(filter, sort == null ? RequestSort.UPDATED : sort, "asc".equals(single(p, "dir")));
    }

    public QueryParameters toQueryParameters() {
        Map<String, List<String>> p = new LinkedHashMap<>();
        put(p, "status", names(filter.statuses()));
        put(p, "sla", names(filter.slaStates()));
        put(p, "partner", filter.partnerId() == null ? null : filter.partnerId().toString());
        put(p, "distributor", filter.distributorId() == null ? null : filter.distributorId().toString());
        put(p, "platform", names(filter.platforms()));
        put(p, "country", filter.country());
        if (filter.dateField() != RequestDate.SUBMITTED) {
            put(p, "date", filter.dateField().name());
        }
        put(p, "from", filter.dateFrom() == null ? null : filter.dateFrom().toString());
        put(p, "to", filter.dateTo() == null ? null : filter.dateTo().toString());
        put(p, "expiring", filter.invitationExpiresWithinHours() == null ? null
                : filter.invitationExpiresWithinHours().toString());
        put(p, "q", filter.text());
        put(p, CO_ADMIN, filter.withoutMeAsCoAdministrator() ? CO_ADMIN_MISSING : null);
        put(p, "screening", names(filter.screeningStates()));
        if (sort != RequestSort.UPDATED || ascending) {
            put(p, "sort", sort.name());
            put(p, "dir", ascending ? "asc" : "desc");
        }
        if (p.isEmpty()) {
            p.put(ALL, List.of("1"));
        }
        return new QueryParameters(p);
    }

    public String toQueryString() {
        return toQueryParameters().getQueryString();
    }

    private static <E extends Enum<E>> String names(Set<E> values) {
        return values.isEmpty() ? null : values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static void put(Map<String, List<String>> parameters, String key, String value) {
        if (value != null && !value.isBlank()) {
            parameters.put(key, List.of(value));
        }
    }

    private static String single(Map<String, List<String>> parameters, String key) {
        List<String> values = parameters.get(key);
        return values == null || values.isEmpty() || values.getFirst().isBlank() ? null : values.getFirst();
    }

    private static Long number(Map<String, List<String>> parameters, String key) {
        return parse(single(parameters, key), Long::valueOf);
    }

    private static LocalDate date(Map<String, List<String>> parameters, String key) {
        return parse(single(parameters, key), LocalDate::parse);
    }

    private static <E extends Enum<E>> Set<E> enums(Map<String, List<String>> parameters, String key, Class<E> type) {
        String value = single(parameters, key);
        if (value == null) {
            return Set.of();
        }
        List<E> parsed = new ArrayList<>();
        Arrays.stream(value.split(",")).map(name -> parse(name.trim(), n -> Enum.valueOf(type, n)))
                .filter(java.util.Objects::nonNull).forEach(parsed::add);
        return parsed.isEmpty() ? Set.of() : EnumSet.copyOf(parsed);
    }

    private static <T> T parse(String value, Function<String, T> parser) {
        if (value == null) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return null;
        }
    }
}
