package com.activationdesk.request.service;

import java.util.List;

import org.springframework.modulith.NamedInterface;

/** Options of the grid's partner and distributor filters, limited to what the user's scope can contain. */
@NamedInterface("filter")
public record FilterChoices(List<Choice> partners, List<Choice> distributors) {

    public record Choice(long id, String name) {
    }
}
