package com.activationdesk.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The partner API as {@link ApiBenchmark}'s client sees it: java.net.http with one bearer token, JSON in and out, and
 * any answer but the expected status an exception (a benchmark of error answers would measure nothing).
 */
final class ApiBenchmarkClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** HTTP/1.1 as most ERP clients speak it; the JDK's default would first try an h2c upgrade on every call. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String baseUrl;
    private final String token;

    ApiBenchmarkClient(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    JsonNode get(String path, int expectedStatus) {
        return send("GET", path, null, Map.of(), expectedStatus).json();
    }

    /** {@code body}: sent as JSON, {@code null} sends none. */
    Answer send(String method, String path, Object body, Map<String, String> headers, int expectedStatus) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        headers.forEach(request::header);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (response.statusCode() != expectedStatus) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ", not "
                    + expectedStatus + ": " + response.body());
        }
        return new Answer(response);
    }

    record Answer(HttpResponse<String> response) {

        JsonNode json() {
            return JSON.readTree(response.body());
        }

        String etag() {
            return response.headers().firstValue("ETag").orElseThrow();
        }
    }
}
