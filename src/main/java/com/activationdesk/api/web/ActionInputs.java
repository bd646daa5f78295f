package com.activationdesk.api.web;

/** The bodies of the actions, one type each, so an unknown property is refused rather than ignored. */
final class ActionInputs {

    private ActionInputs() {
    }

    /** An optional note (withdraw, pass to DAM, request a resend). */
    record Comment(String comment) {
    }

    /** The reason the partner sees (return, reject). */
    record Reason(String reason) {
    }

    /** The CAM/DAM's two confirmations, as in the forward dialog. */
    record Forward(boolean dataComplete, boolean exportControlChecked, String comment) {
    }

    /** Cloud Ops' question to the CAM/DAM. */
    record Question(String question) {
    }

    record Provision(String tenantId) {
    }
}
