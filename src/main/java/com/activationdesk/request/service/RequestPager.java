package com.activationdesk.request.service;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Loads one grid's pages for one filter, remembering where each loaded page ended. A page that starts where a
 * loaded one ended is an index seek after that row; a jump (the scrollbar dragged far) skips from the nearest
 * page loaded before it. So scrolling deep costs no more than the first page, and a jump costs only the rows
 * jumped over since the last loaded page, not every row from the top.
 * <p>
 * Not thread-safe: one instance per grid, used under the UI's session lock.
 */
public final class RequestPager {

    /** Anchors kept per order; at 50 rows a page this covers 100,000 rows of scrolling. */
    static final int MAX_ANCHORS = 2_000;

    private final RequestSearch search;
    private final RequestFilter filter;
    /** Offset → the key of the row just before it, for the order below. */
    private final TreeMap<Integer, PageKey> anchors = new TreeMap<>();
    private RequestSort sort;
    private boolean ascending;

    RequestPager(RequestSearch search, RequestFilter filter) {
        this.search = search;
        this.filter = filter;
    }

    public List<RequestRow> fetch(RequestSort sort, boolean ascending, int offset, int limit) {
        RequestSort order = sort == null ? RequestSort.UPDATED : sort;
        if (order != this.sort || ascending != this.ascending) {
            anchors.clear();
            this.sort = order;
            this.ascending = ascending;
        }
        Map.Entry<Integer, PageKey> anchor = anchors.floorEntry(offset);
        List<RequestRow> rows = anchor == null
                ? search.page(filter, order, ascending, null, offset, limit)
                : search.page(filter, order, ascending, anchor.getValue(), offset - anchor.getKey(), limit);
        if (!rows.isEmpty()) {
            anchors.put(offset + rows.size(), order.keyOf(rows.getLast()));
            if (anchors.size() > MAX_ANCHORS) {
                // the shallowest anchors go first: the top is cheap to reach again without one
                anchors.pollFirstEntry();
            }
        }
        return rows;
    }
}
