package com.activationdesk.request.service;

import java.util.List;

import com.activationdesk.audit.AuditEntryView;

/** A request's details with its audit timeline, oldest first, as the caller may see them (the detail view). */
public record DetailsWithTimeline(RequestDetails details, List<AuditEntryView> timeline) {
}
