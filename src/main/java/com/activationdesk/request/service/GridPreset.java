package com.activationdesk.request.service;

import org.springframework.modulith.NamedInterface;


/** A way to look at the grid: which requests and in which order. */
@NamedInterface("filter")
public record GridPreset(RequestFilter filter, RequestSort sort, boolean ascending) {
}
