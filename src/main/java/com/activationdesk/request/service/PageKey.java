package com.activationdesk.request.service;

import org.springframework.modulith.NamedInterface;

/**
 * A row's position in a grid order: its sort column's value ({@code null} allowed) and its id, which breaks ties.
 * A page "after" a key starts with the next row in that order, found by an index seek instead of an offset walk.
 */
@NamedInterface("filter")
public record PageKey(Object value, long id) {
}
