package com.activationdesk.request.service;

/** A grid filter a user saved under a name; {@code query} is the grid's URL query string. */
public record SavedFilter(long id, String name, String query) {
}
