package com.activationdesk.api.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Base64;

import com.activationdesk.request.service.PageKey;
import com.activationdesk.request.service.RequestSort;
import org.springframework.http.HttpStatus;

/**
 * The keyset cursor of a list: the order and the last row's key (sort value and id), opaque to clients. The next
 * page is an index seek after that row, so rows inserted meanwhile never shift or repeat a page. A forged cursor
 * can only move the start: the filter and the data scope are applied anew on every page.
 */
record Cursor(RequestSort sort, boolean ascending, PageKey after) {

    private static final String VERSION = "1";

    String encode() {
        Object value = after.value();
        String typed = value == null ? "N:" : value instanceof LocalDateTime time ? "T:" + time : "S:" + value;
        String text = String.join("|", VERSION, sort.name(), ascending ? "A" : "D", Long.toString(after.id()), typed);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static Cursor decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 5);
            if (parts.length != 5 || !VERSION.equals(parts[0])) {
                throw new IllegalArgumentException("unknown cursor version");
            }
            String typed = parts[4];
            Object value = switch (typed.substring(0, 2)) {
                case "N:" -> null;
                case "T:" -> LocalDateTime.parse(typed.substring(2));
                case "S:" -> typed.substring(2);
                default -> throw new IllegalArgumentException("unknown value type");
            };
            return new Cursor(RequestSort.valueOf(parts[1]), "A".equals(parts[2]),
                    new PageKey(value, Long.parseLong(parts[3])));
        } catch (RuntimeException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid-cursor", "api.problem.invalid-cursor.detail");
        }
    }
}
