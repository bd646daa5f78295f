package com.activationdesk.api.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import com.activationdesk.invitation.coadmin.CoAdministratorService;
import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.request.service.FieldProblem;
import com.activationdesk.request.service.GridPreset;
import com.activationdesk.request.service.RequestDate;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.request.service.RequestFilter;
import com.activationdesk.request.service.RequestRow;
import com.activationdesk.request.service.RequestSearch;
import com.activationdesk.request.service.RequestService;
import com.activationdesk.request.service.RequestSort;
import com.activationdesk.sla.SlaState;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reading requests and the partner's own moves (create, edit, validate, submit, withdraw, answer a return). Each
 * call goes through the same service method as the button in the UI, as the token's user.
 */
@RestController
@RequestMapping(path = "/api/v1/requests", produces = MediaType.APPLICATION_JSON_VALUE)
class RequestsController {

    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 200;

    private final RequestService requests;
    private final RequestSearch search;
    private final CoAdministratorService coAdministrators;
    private final JsonBodies bodies;
    private final Idempotency idempotency;
    private final ApiProblems problems;

    RequestsController(RequestService requests, RequestSearch search, CoAdministratorService coAdministrators,
                       JsonBodies bodies, Idempotency idempotency, ApiProblems problems) {
        this.requests = requests;
        this.search = search;
        this.coAdministrators = coAdministrators;
        this.bodies = bodies;
        this.idempotency = idempotency;
        this.problems = problems;
    }

    // ---- reads -------------------------------------------------------------------------------------------

    /**
     * A page of the caller's requests with the grid's filters. {@code view=work} is the role's own work list
     * (the partner's open requests, the distributor's "to pass on", the CAM/DAM's "needs my action", Cloud Ops'
     * queue by SLA due) in its order; filters narrow it further.
     */
    @GetMapping
    @Operation(operationId = "listRequests", summary = "List requests with the grid's filters, keyset cursor paging")
    RequestOutput.Page list(@RequestParam(required = false) String view,
                            @RequestParam(required = false) Set<RequestStatus> status,
                            @RequestParam(required = false) Set<SlaState> slaState,
                            @RequestParam(required = false) RequestDate dateField,
                            @RequestParam(required = false) LocalDate from,
                            @RequestParam(required = false) LocalDate to,
                            @RequestParam(required = false) String text,
                            @RequestParam(required = false) RequestSort sort,
                            @RequestParam(required = false) String direction,
                            @RequestParam(required = false) String cursor,
                            @RequestParam(required = false) Integer limit) {
        RequestFilter filter = RequestFilter.none();
        RequestSort order = RequestSort.UPDATED;
        boolean ascending = false;
        if ("work".equals(view)) {
            GridPreset preset = search.gridOptions().defaultView().orElse(null);
            if (preset != null) {
                filter = preset.filter();
                order = preset.sort();
                ascending = preset.ascending();
            }
        } else if (view != null && !"all".equals(view)) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid-parameter", "api.problem.invalid-parameter.view");
        }
        if (status != null && !status.isEmpty()) {
            filter = filter.withStatuses(status);
        }
        if (slaState != null && !slaState.isEmpty()) {
            filter = filter.withSlaStates(slaState);
        }
        if (from != null || to != null || dateField != null) {
            filter = filter.withDates(dateField, from, to);
        }
        filter = filter.withText(text);
        if (sort != null) {
            order = sort;
        }
        if (direction != null) {
            ascending = switch (direction.toLowerCase(Locale.ROOT)) {
                case "asc" -> true;
                case "desc" -> false;
                default -> throw new ApiException(HttpStatus.BAD_REQUEST, "invalid-parameter",
                        "api.problem.invalid-parameter.direction");
            };
        }
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid-parameter", "api.problem.invalid-parameter.limit",
                    MAX_LIMIT);
        }
        Cursor after = cursor == null ? null : Cursor.decode(cursor);
        if (after != null && (after.sort() != order || after.ascending() != ascending)) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid-cursor", "api.problem.invalid-cursor.order");
        }
        // one row more than asked tells whether there is a next page without a COUNT
        List<RequestRow> rows = search.page(filter, order, ascending, after == null ? null : after.after(), 0, size + 1);
        boolean more = rows.size() > size;
        List<RequestRow> page = more ? rows.subList(0, size) : rows;
        String next = more ? new Cursor(order, ascending, order.keyOf(page.getLast())).encode() : null;
        return new RequestOutput.Page(page.stream().map(RequestOutput.Row::of).toList(), next);
    }

    /** One request with its history and co-administration; unknown and out-of-scope ids alike are 404. */
    @GetMapping("/{id}")
    @Operation(summary = "Read one request with its history and co-administration")
    ResponseEntity<RequestOutput.RequestWithHistory> get(@PathVariable long id) {
        RequestDetails details = requests.get(id);
        List<RequestOutput.HistoryEntry> history = requests.timeline(id).stream()
                .map(RequestOutput.HistoryEntry::of).toList();
        RequestOutput.CoAdministration coAdministration = new RequestOutput.CoAdministration(
                coAdministrators.ownCoAdministration(id).orElse(null),
                coAdministrators.list(id).stream().map(RequestOutput.CoAdministrator::of).toList());
        return ResponseEntity.ok().header(HttpHeaders.ETAG, ETags.of(details.version()))
                .body(new RequestOutput.RequestWithHistory(RequestOutput.Request.of(details), history, coAdministration));
    }

    // ---- partner -----------------------------------------------------------------------------------------

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a draft (partner)")
    ResponseEntity<RequestOutput.Request> create(HttpServletRequest http,
                                                 @RequestHeader(name = Idempotency.HEADER, required = false) String key) {
        RequestInput input = bodies.read(http, RequestInput.class, false);
        return idempotency.run(ApiCall.tokenId(http), key, ApiCall.operation(http), RequestOutput.Request.class, () -> {
            RequestDetails created = requests.createDraft(input.toForm());
            return new Idempotency.Answer<>(HttpStatus.CREATED, RequestOutput.Request.of(created), created.version(),
                    "/api/v1/requests/" + created.id());
        });
    }

    /** Replaces the data of a draft or a returned request (incomplete data are fine until submission). */
    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace the data of a draft or returned request (partner)")
    ResponseEntity<RequestOutput.Request> update(@PathVariable long id, RequestMove move) {
        RequestInput input = bodies.read(move.http(), RequestInput.class, false);
        return moved(idempotency, move, () -> requests.saveDraft(id, move.version(), input.toForm()));
    }

    /**
     * The form's checks without saving: the same findings with the same field keys and message keys.
     *
     * @param requestId the caller's own request the data belong to (exempt from the duplicate checks), if any
     * @param complete  {@code true} (default): check as a submission would; {@code false}: as saving a draft would
     */
    @PostMapping(path = "/validate", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Validate request data without saving (partner)")
    RequestOutput.Validation validate(HttpServletRequest http, @RequestParam(required = false) Long requestId,
                                      @RequestParam(defaultValue = "true") boolean complete) {
        RequestInput input = bodies.read(http, RequestInput.class, false);
        List<FieldProblem> found = requests.check(input.toForm(), requestId, complete);
        Locale locale = ApiProblems.locale(http);
        return new RequestOutput.Validation(found.stream().noneMatch(FieldProblem::blocking), found.stream()
                .map(p -> new RequestOutput.Finding(p.field(), p.messageKey(),
                        problems.text(p.messageKey(), locale, p.arguments()), p.blocking()))
                .toList());
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Submit a draft (partner)")
    ResponseEntity<RequestOutput.Request> submit(@PathVariable long id, RequestMove move) {
        return moved(idempotency, move, () -> requests.submit(id, move.version()));
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "Withdraw a request (partner)")
    ResponseEntity<RequestOutput.Request> withdraw(@PathVariable long id, RequestMove move) {
        ActionInputs.Comment input = bodies.read(move.http(), ActionInputs.Comment.class, true);
        return moved(idempotency, move,
                () -> requests.withdraw(id, move.version(), input == null ? null : input.comment()));
    }

    /** Answers a return: the corrected data and the submission, in one transaction (both or neither). */
    @PostMapping(path = "/{id}/resubmit", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Answer a return: update and resubmit in one step (partner)")
    ResponseEntity<RequestOutput.Request> resubmit(@PathVariable long id, RequestMove move) {
        RequestInput input = bodies.read(move.http(), RequestInput.class, false);
        return moved(idempotency, move, () -> {
            RequestDetails saved = requests.saveDraft(id, move.version(), input.toForm());
            return requests.submit(id, saved.version());
        });
    }

    /** A move's answer: the request after it, its new version as ETag; once per Idempotency-Key. */
    static ResponseEntity<RequestOutput.Request> moved(Idempotency idempotency, RequestMove move,
                                                       Supplier<RequestDetails> action) {
        HttpServletRequest http = move.http();
        return idempotency.run(ApiCall.tokenId(http), move.idempotencyKey(), ApiCall.operation(http),
                RequestOutput.Request.class, () -> {
                    RequestDetails details = action.get();
                    return new Idempotency.Answer<>(HttpStatus.OK, RequestOutput.Request.of(details),
                            details.version(), null);
                });
    }
}
