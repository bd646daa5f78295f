package com.activationdesk.request.service;

import org.springframework.modulith.NamedInterface;

/**
 * What the CAM/DAM confirms before a request may reach Cloud Ops: the form is complete, and the end-customer
 * data suffice for the export-control end-use check (ACTEX). Both are required.
 */
@NamedInterface("service")
public record ForwardChecklist(boolean dataComplete, boolean exportControlChecked) {
}
