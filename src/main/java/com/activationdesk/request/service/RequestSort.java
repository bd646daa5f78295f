package com.activationdesk.request.service;

/** The columns the grid can sort by, mapped to indexed (or at least real) columns; nothing else reaches SQL. */
public enum RequestSort {
    UPDATED("r.updated_at"),
    SUBMITTED("r.submitted_at"),
    REFERENCE("r.reference"),
    CUSTOMER("r.customer_name"),
    COUNTRY("r.country"),
    STATUS("r.status"),
    SLA_DUE("r.sla_due_at"),
    INVITATION_EXPIRES("r.invitation_expires_at");

    final String column;

    RequestSort(String column) {
        this.column = column;
    }
}
