package com.activationdesk.screening;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.activationdesk.base.domain.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * Fetches each list from its configured URL ({@code activationdesk.screening.fetch.sources.EU_FSF_XML=https://…})
 * into a temporary file, then imports it like an upload (all or nothing) and re-screens. The download happens
 * before the import's transaction, so a slow server holds no database lock. No URL configured: nothing is fetched,
 * and the app never needs the internet.
 */
@Component
class ListFetcher {

    private static final Logger log = LoggerFactory.getLogger(ListFetcher.class);
    static final String FETCHED_BY = "system (scheduled fetch)";

    private final ListUpdates updates;
    private final Properties properties;
    private final HttpClient http;

    ListFetcher(ListUpdates updates, Properties properties) {
        this.updates = updates;
        this.properties = properties;
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** Every configured source, one after the other; a failing one does not stop the others. */
    List<ListUpdateStatus> fetchAll() {
        return properties.sources().entrySet().stream().map(source -> fetch(source.getKey(), source.getValue()))
                .toList();
    }

    ListUpdateStatus fetch(ListFormat format, URI url) {
        Path file = null;
        try {
            file = Files.createTempFile("screening-" + format.name(), ".download");
            HttpResponse<Path> response = http.send(HttpRequest.newBuilder(url).timeout(properties.timeout()).GET()
                    .build(), HttpResponse.BodyHandlers.ofFile(file));
            if (response.statusCode() != 200) {
                return updates.failed(format, url.toString(), "screening.fetch.http-status", response.statusCode());
            }
            try (InputStream content = Files.newInputStream(file)) {
                return updates.runNow(format, url.toString(), content, FETCHED_BY);
            }
        } catch (DomainException busy) {
            log.info("{} not fetched from {}: {}", format, url, busy.getMessageKey());
            return updates.failed(format, url.toString(), busy.getMessageKey(), busy.getArguments());
        } catch (IOException e) {
            return updates.failed(format, url.toString(), "screening.fetch.unreachable", String.valueOf(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return updates.failed(format, url.toString(), "screening.fetch.unreachable", String.valueOf(e));
        } finally {
            delete(file);
        }
    }

    private static void delete(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            log.warn("Downloaded list file {} not deleted", file, e);
        }
    }

    /**
     * @param sources the URL of each list to fetch; none by default
     * @param timeout for connecting and for the whole download
     */
    @ConfigurationProperties("activationdesk.screening.fetch")
    record Properties(Map<ListFormat, URI> sources, Duration timeout) {

        Properties {
            sources = sources == null ? Map.of() : new EnumMap<>(sources);
            timeout = timeout == null ? Duration.ofMinutes(5) : timeout;
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(Properties.class)
    static class Registration {
    }
}
