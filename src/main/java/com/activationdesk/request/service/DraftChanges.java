package com.activationdesk.request.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.activationdesk.audit.FieldChange;
import com.activationdesk.base.domain.NotFoundException;
import com.activationdesk.organization.domain.Organization;
import com.activationdesk.organization.domain.OrganizationRepository;
import com.activationdesk.request.domain.ActivationRequest;
import com.activationdesk.request.domain.CustomerData;
import org.springframework.stereotype.Component;

/** Writes an already validated form onto a request and names the fields it changed, for the audit. */
@Component
class DraftChanges {

    private final OrganizationRepository organizations;

    DraftChanges(OrganizationRepository organizations) {
        this.organizations = organizations;
    }

    List<FieldChange> apply(ActivationRequest request, RequestForm form) {
        CustomerData data = RequestValidator.normalized(form.data());
        Organization distributor = form.distributorId() == null ? null
                : organizations.findById(form.distributorId()).orElseThrow(() -> new NotFoundException("distributor"));
        List<FieldChange> changes = new ArrayList<>();
        for (Map.Entry<String, String[]> change : CustomerData.differences(request.getData(), data).entrySet()) {
            changes.add(new FieldChange(change.getKey(), change.getValue()[0], change.getValue()[1]));
        }
        String oldDistributor = request.getDistributor() == null ? null : request.getDistributor().getName();
        String newDistributor = distributor == null ? null : distributor.getName();
        if (!Objects.equals(oldDistributor, newDistributor)) {
            changes.add(new FieldChange("distributor", oldDistributor, newDistributor));
        }
        request.setData(data, distributor);
        return changes;
    }
}
