package com.activationdesk.screening;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
import org.springframework.util.unit.DataSize;

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
            HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(url).timeout(properties.timeout())
                    .GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    return updates.failed(format, url.toString(), "screening.fetch.http-status",
                            response.statusCode());
                }
                long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
                if (declared > properties.maxSize().toBytes() || !copyAtMost(body, file, properties.maxSize())) {
                    return updates.failed(format, url.toString(), "screening.fetch.too-large",
                            properties.maxSize().toMegabytes());
                }
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

    /**
     * Copies the body into {@code file} until it ends or exceeds {@code max}: a server that sends more than it
     * declared (or declares nothing) still cannot fill the disk. Closing the body then cancels the download.
     *
     * @return whether the whole body fitted
     */
    private static boolean copyAtMost(InputStream body, Path file, DataSize max) throws IOException {
        long copied = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                copied += n;
                if (copied > max.toBytes()) {
                    return false;
                }
                out.write(buffer, 0, n);
            }
        }
        return true;
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
     * @param timeout for connecting and until the response starts
     * @param maxSize a larger download is refused (declared Content-Length or bytes actually received) and changes
     *                nothing; default 100 MB, four times the real EU file
     */
    @ConfigurationProperties("activationdesk.screening.fetch")
    record Properties(Map<ListFormat, URI> sources, Duration timeout, DataSize maxSize) {

        Properties {
            sources = sources == null ? Map.of() : new EnumMap<>(sources);
            timeout = timeout == null ? Duration.ofMinutes(5) : timeout;
            maxSize = maxSize == null ? DataSize.ofMegabytes(100) : maxSize;
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(Properties.class)
    static class Registration {
    }
}
