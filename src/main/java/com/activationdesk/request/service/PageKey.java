package com.activationdesk.request.service;

/**
 * A row's position in a grid order: its sort column's value ({@code null} allowed) and its id, which breaks ties.
 * A page "after" a key starts with the next row in that order, found by an index seek instead of an offset walk.
 */
public record PageKey(Object value, long id) {
}
