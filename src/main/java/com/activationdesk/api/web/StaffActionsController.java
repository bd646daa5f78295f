package com.activationdesk.api.web;

import com.activationdesk.request.service.ForwardChecklist;
import com.activationdesk.request.service.RequestService;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The moves of distributors, CAM/DAM and Cloud Ops. Each calls the service method of the UI's button, which checks
 * the role, the data scope, the workflow table and the version; the API adds no rule of its own.
 */
@RestController
@RequestMapping(path = "/api/v1/requests/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
class StaffActionsController {

    private final RequestService requests;
    private final JsonBodies bodies;
    private final Idempotency idempotency;

    StaffActionsController(RequestService requests, JsonBodies bodies, Idempotency idempotency) {
        this.requests = requests;
        this.bodies = bodies;
        this.idempotency = idempotency;
    }

    /** Distributor: hands a tier-2 request to its DAM. */
    @PostMapping("/pass-to-dam")
    @Operation(summary = "Pass a tier-2 request to the DAM (distributor)")
    ResponseEntity<RequestOutput.Request> passToDam(@PathVariable long id, HttpServletRequest http,
                                                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                    @RequestHeader(name = Idempotency.HEADER, required = false) String key) {
        long version = ETags.required(ifMatch);
        ActionInputs.Comment input = bodies.read(http, ActionInputs.Comment.class, true);
        return RequestsController.moved(idempotency, http, key,
                () -> requests.passToDam(id, version, input == null ? null : input.comment()));
    }

    /** Distributor, CAM or DAM: back to the partner with a reason. */
    @PostMapping("/return")
    @Operation(summary = "Return to the partner with a reason (distributor, CAM, DAM)")
    ResponseEntity<RequestOutput.Request> returnToPartner(@PathVariable long id, HttpServletRequest http,
                                                          @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                          @RequestHeader(name = Idempotency.HEADER, required = false) String key) {
        long version = ETags.required(ifMatch);
        ActionInputs.Reason input = bodies.read(http, ActionInputs.Reason.class, false);
        return RequestsController.moved(idempotency, http, key,
                () -> requests.returnToPartner(id, version, input.reason()));
    }

    /** CAM or DAM: to Cloud Ops, with both confirmations of the forward dialog. */
    @PostMapping("/forward")
    @Operation(summary = "Forward to Cloud Ops with both confirmations (CAM, DAM)")
    ResponseEntity<RequestOutput.Request> forward(@PathVariable long id, HttpServletRequest http,
                                                  @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                  @RequestHeader(name = Idempotency.HEADER, required = false) String key) {
        long version = ETags.required(ifMatch);
        ActionInputs.Forward input = bodies.read(http, ActionInputs.Forward.class, false);
        return RequestsController.moved(idempotency, http, key, () -> requests.forwardToCloudOps(id, version,
                new ForwardChecklist(input.dataComplete(), input.exportControlChecked()), input.comment()));
    }

    @PostMapping("/reject")
    @Operation(summary = "Reject with a reason (CAM, DAM)")
    ResponseEntity<RequestOutput.Request> reject(@PathVariable long id, HttpServletRequest http,
                                                 @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                 @RequestHeader(name = Idempotency.HEADER, required = false) String key) {
        long version = ETags.required(ifMatch);
        ActionInputs.Reason input = bodies.read(http, ActionInputs.Reason.class, false);
        return RequestsController.moved(idempotency, http, key, () -> requests.reject(id, version, input.reason()));
    }

    /** CAM or DAM: the customer's link expired; Cloud Ops is to send a new one. */
    @PostMapping("/request-resend")
    @Operation(summary = "Ask Cloud Ops to resend an expired invitation (CAM, DAM)")
    ResponseEntity<RequestOutput.Request> requestResend(@PathVariable long id, HttpServletRequest http,
                                                        @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                        @RequestHeader(name = Idempotency.HEADER, required = false) String key) {
        long version = ETags.required(ifMatch);
        ActionInputs.Comment input = bodies.read(http, ActionInputs.Comment.class, true);
        return RequestsController.moved(idempotency, http, key,
                () -> requests.requestResend(id, version, input == null ? null : input.comment()));
    }

    /** Cloud Ops: a question back to the CAM/DAM; the SLA clock pauses. */
    @PostMapping("/ask-manager")
    @Operation(summary = "Send a question back to the CAM/DAM; the SLA clock pauses (Cloud Ops)")
    ResponseEntity<RequestOutput.Request> askManager(@PathVariable long id, HttpServletRequest http,
                                                     @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                     @RequestHeader(name = Idempotency.HEADER, required = false) String key) {
        long version = ETags.required(ifMatch);
        ActionInputs.Question input = bodies.read(http, ActionInputs.Question.class, false);
        return RequestsController.moved(idempotency, http, key, () -> requests.askManager(id, version, input.question()));
    }

    /** Cloud Ops: records the tenant id and invites the customer's administrator. */
    @PostMapping("/provision")
    @Operation(summary = "Provision the tenant and invite its administrator (Cloud Ops)")
    ResponseEntity<RequestOutput.Request> provision(@PathVariable long id, HttpServletRequest http,
                                                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                    @RequestHeader(name = Idempotency.HEADER, required = false) String key) {
        long version = ETags.required(ifMatch);
        ActionInputs.Provision input = bodies.read(http, ActionInputs.Provision.class, false);
        return RequestsController.moved(idempotency, http, key,
                () -> requests.provisionAndInvite(id, version, input.tenantId()));
    }

    /** Cloud Ops: a new invitation link for the same tenant. */
    @PostMapping("/resend-invitation")
    @Operation(summary = "Send a new invitation link (Cloud Ops)")
    ResponseEntity<RequestOutput.Request> resendInvitation(@PathVariable long id, HttpServletRequest http,
                                                           @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                           @RequestHeader(name = Idempotency.HEADER, required = false) String key) {
        long version = ETags.required(ifMatch);
        return RequestsController.moved(idempotency, http, key, () -> requests.resendInvitation(id, version));
    }
}
