package com.activationdesk.api.web;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a create or an action in one transaction with the record of its answer, so a call retried with the same
 * Idempotency-Key gets the first answer back and never changes anything twice. A refused call (4xx) stores
 * nothing: it changed nothing, and its retry is judged afresh. Two concurrent calls with one key: the second
 * insert fails on the unique key, its transaction (change included) rolls back, and it answers what the first
 * stored.
 */
@Component
class Idempotency {

    static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY = 200;

    private final IdempotencyRepository records;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final Clock clock;

    Idempotency(IdempotencyRepository records, PlatformTransactionManager transactions, JsonMapper json, Clock clock) {
        this.records = records;
        this.transaction = new TransactionTemplate(transactions);
        this.json = json;
        this.clock = clock;
    }

    /** What an action answers: status, body, the request's version as ETag, a Location for a create. */
    record Answer<T>(HttpStatus status, T body, Long version, String location) {
    }

    /**
     * @param key       the caller's Idempotency-Key, or {@code null} (then the action simply runs)
     * @param operation method and path: the same key on another call is refused
     */
    <T> ResponseEntity<T> run(long tokenId, String key, String operation, Class<T> type, Supplier<Answer<T>> action) {
        if (key == null) {
            return response(transaction.execute(status -> action.get()));
        }
        if (key.isBlank() || key.length() > MAX_KEY) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "idempotency-key", "api.problem.idempotency-key.invalid",
                    MAX_KEY);
        }
        try {
            return transaction.execute(status -> {
                Optional<IdempotencyRecord> first = records.findByTokenIdAndKey(tokenId, key);
                if (first.isPresent()) {
                    return replay(first.get(), operation, type);
                }
                Answer<T> answer = action.get();
                records.saveAndFlush(new IdempotencyRecord(tokenId, key, operation, answer.status().value(),
                        answer.version() == null ? null : ETags.of(answer.version()), answer.location(),
                        json.writeValueAsString(answer.body()), clock.instant()));
                return response(answer);
            });
        } catch (RuntimeException refused) {
            // A concurrent call with the same key got there first: its insert (unique key) or its move of the
            // request (version) made this one fail, and this one changed nothing. Answer what the first stored.
            Optional<ResponseEntity<T>> first = transaction.execute(status -> records.findByTokenIdAndKey(tokenId, key)
                    .map(record -> replay(record, operation, type)));
            if (first == null || first.isEmpty()) {
                throw refused;
            }
            return first.get();
        }
    }

    private <T> ResponseEntity<T> replay(IdempotencyRecord first, String operation, Class<T> type) {
        if (!first.getOperation().equals(operation)) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key",
                    "api.problem.idempotency-key.reused", first.getOperation());
        }
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(first.getStatusCode())
                .header("Idempotent-Replayed", "true");
        if (first.getEtag() != null) {
            builder.header(HttpHeaders.ETAG, first.getEtag());
        }
        if (first.getLocation() != null) {
            builder.header(HttpHeaders.LOCATION, first.getLocation());
        }
        return builder.body(json.readValue(first.getBody(), type));
    }

    private static <T> ResponseEntity<T> response(Answer<T> answer) {
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(answer.status());
        if (answer.version() != null) {
            builder.header(HttpHeaders.ETAG, ETags.of(answer.version()));
        }
        if (answer.location() != null) {
            builder.header(HttpHeaders.LOCATION, answer.location());
        }
        return builder.body(answer.body());
    }
}
