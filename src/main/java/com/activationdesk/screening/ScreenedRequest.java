package com.activationdesk.screening;

import java.util.List;

/** A request as the screening sees it: its names and the end customer's country, nothing else. */
public record ScreenedRequest(long requestId, String reference, String country, List<ScreeningSubject> subjects) {

    public ScreenedRequest {
        subjects = List.copyOf(subjects);
    }
}
