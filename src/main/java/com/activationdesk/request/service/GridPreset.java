package com.activationdesk.request.service;

/** A way to look at the grid: which requests and in which order. */
public record GridPreset(RequestFilter filter, RequestSort sort, boolean ascending) {
}
