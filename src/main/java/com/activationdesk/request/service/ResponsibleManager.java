package com.activationdesk.request.service;

import com.activationdesk.base.domain.DomainException;
import com.activationdesk.base.domain.FieldValidationException;
import com.activationdesk.organization.domain.AppUser;
import com.activationdesk.organization.domain.Organization;
import com.activationdesk.request.domain.ActivationRequest;

/**
 * Who reviews a submitted request (PROCESS.md, "The request", routing): a tier-1 partner's CAM, or the DAM of the
 * distributor a tier-2 partner chose. The CAM/DAM data scope reads the manager stored on submission.
 */
final class ResponsibleManager {

    private ResponsibleManager() {
    }

    /** A missing assignment is named, and the request stays a draft (the transaction rolls back). */
    static AppUser of(ActivationRequest request) {
        Organization partner = request.getPartner();
        if (partner.isTier1Partner()) {
            if (partner.getCam() == null) {
                throw new DomainException("request.error.no-cam", partner.getName());
            }
            return partner.getCam();
        }
        Organization distributor = request.getDistributor();
        if (distributor == null) {
            throw new FieldValidationException("distributorId", "validation.required");
        }
        if (partner.getDistributors().stream().noneMatch(d -> d.getId().equals(distributor.getId()))) {
            throw new FieldValidationException("distributorId", "request.validation.distributor-not-linked");
        }
        if (distributor.getDam() == null) {
            throw new DomainException("request.error.no-dam", distributor.getName());
        }
        return distributor.getDam();
    }
}
