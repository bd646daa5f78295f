package com.activationdesk.organization.ui;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Lazy grids page through the database: without a unique last sort key, rows with equal values could repeat or vanish between pages. */
final class StablePaging {

    private StablePaging() {
    }

    static Pageable tieBrokenById(Pageable pageable) {
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), pageable.getSort().and(Sort.by("id")));
    }
}
