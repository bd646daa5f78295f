package com.activationdesk.api.web;

import com.activationdesk.request.service.ForwardChecklist;
import com.activationdesk.request.service.RequestService;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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
    ResponseEntity<RequestOutput.Request> passToDam(@PathVariable long id, RequestMove move) {
        ActionInputs.Comment input = bodies.read(move.http(), ActionInputs.Comment.class, true);
        return RequestsController.moved(idempotency, move,
                () -> requests.passToDam(id, move.version(), input == null ? null : input.comment()));
    }

    /** Distributor, CAM or DAM: back to the partner with a reason. */
    @PostMapping("/return")
    @Operation(summary = "Return to the partner with a reason (distributor, CAM, DAM)")
    ResponseEntity<RequestOutput.Request> returnToPartner(@PathVariable long id, RequestMove move) {
        ActionInputs.Reason input = bodies.read(move.http(), ActionInputs.Reason.class, false);
        return RequestsController.moved(idempotency, move,
                () -> requests.returnToPartner(id, move.version(), input.reason()));
    }

    /** CAM or DAM: to Cloud Ops, with both confirmations of the forward dialog. */
    @PostMapping("/forward")
    @Operation(summary = "Forward to Cloud Ops with both confirmations (CAM, DAM)")
    ResponseEntity<RequestOutput.Request> forward(@PathVariable long id, RequestMove move) {
        ActionInputs.Forward input = bodies.read(move.http(), ActionInputs.Forward.class, false);
        return RequestsController.moved(idempotency, move, () -> requests.forwardToCloudOps(id, move.version(),
                new ForwardChecklist(input.dataComplete(), input.exportControlChecked()), input.comment()));
    }

    @PostMapping("/reject")
    @Operation(summary = "Reject with a reason (CAM, DAM)")
    ResponseEntity<RequestOutput.Request> reject(@PathVariable long id, RequestMove move) {
        ActionInputs.Reason input = bodies.read(move.http(), ActionInputs.Reason.class, false);
        return RequestsController.moved(idempotency, move, () -> requests.reject(id, move.version(), input.reason()));
    }

    /** CAM or DAM: the customer's link expired; Cloud Ops is to send a new one. */
    @PostMapping("/request-resend")
    @Operation(summary = "Ask Cloud Ops to resend an expired invitation (CAM, DAM)")
    ResponseEntity<RequestOutput.Request> requestResend(@PathVariable long id, RequestMove move) {
        ActionInputs.Comment input = bodies.read(move.http(), ActionInputs.Comment.class, true);
        return RequestsController.moved(idempotency, move,
                () -> requests.requestResend(id, move.version(), input == null ? null : input.comment()));
    }

    /** Cloud Ops: a question back to the CAM/DAM; the SLA clock pauses. */
    @PostMapping("/ask-manager")
    @Operation(summary = "Send a question back to the CAM/DAM; the SLA clock pauses (Cloud Ops)")
    ResponseEntity<RequestOutput.Request> askManager(@PathVariable long id, RequestMove move) {
        ActionInputs.Question input = bodies.read(move.http(), ActionInputs.Question.class, false);
        return RequestsController.moved(idempotency, move,
                () -> requests.askManager(id, move.version(), input.question()));
    }

    /** Cloud Ops: records the tenant id and invites the customer's administrator. */
    @PostMapping("/provision")
    @Operation(summary = "Provision the tenant and invite its administrator (Cloud Ops)")
    ResponseEntity<RequestOutput.Request> provision(@PathVariable long id, RequestMove move) {
        ActionInputs.Provision input = bodies.read(move.http(), ActionInputs.Provision.class, false);
        return RequestsController.moved(idempotency, move,
                () -> requests.provisionAndInvite(id, move.version(), input.tenantId()));
    }

    /** Cloud Ops: a new invitation link for the same tenant. */
    @PostMapping("/resend-invitation")
    @Operation(summary = "Send a new invitation link (Cloud Ops)")
    ResponseEntity<RequestOutput.Request> resendInvitation(@PathVariable long id, RequestMove move) {
        return RequestsController.moved(idempotency, move, () -> requests.resendInvitation(id, move.version()));
    }
}
