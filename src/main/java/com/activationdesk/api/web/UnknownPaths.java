package com.activationdesk.api.web;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any path under /api that no endpoint serves (or a method an endpoint does not take) answers a problem, not the
 * UI's page: without this, Vaadin's catch-all forwarding would serve its HTML here.
 */
@Hidden
@RestController
class UnknownPaths {

    @RequestMapping("/api/**")
    void unknown() {
        throw new ApiException(HttpStatus.NOT_FOUND, "not-found", "api.problem.not-found.path");
    }
}
