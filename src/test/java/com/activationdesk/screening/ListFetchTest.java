package com.activationdesk.screening;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.activationdesk.IntegrationTest;
import com.activationdesk.base.domain.Sha256;
import com.activationdesk.screening.ListUpdateStatus.Phase;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.util.unit.DataSize;

import static com.activationdesk.screening.ScreeningFiles.euEntity;
import static com.activationdesk.screening.ScreeningFiles.euFile;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, item 1: a list fetched from its configured URL, here a local HTTP server in the test (nothing is
 * downloaded from the internet): a good file is imported and re-screened, a web page or an HTTP error changes
 * nothing and says why; the schedule is off unless switched on.
 */
@IntegrationTest
class ListFetchTest {

    private static final String LIST = euFile(euEntity("801", "Perseus Rail Systems"));
    /** A valid list, but above the 1 MB cap of {@link #capped()}. */
    private static final String BIG = euFile(euEntity("802", "Andromeda Cargo")
            + euEntity("803", "Cassiopeia Freight " + "x".repeat(1_100_000)));

    @Autowired
    ListFetcher fetcher;
    @Autowired
    SanctionsScreening sanctions;
    @Autowired
    ApplicationContext context;
    @Autowired
    ListUpdates updates;

    private HttpServer server;

    @BeforeEach
    void startAListServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        serve("/eu.xml", 200, LIST);
        serve("/maintenance.html", 200, "<!DOCTYPE html><html><body>Down for maintenance</body></html>");
        serve("/gone.xml", 404, "Not found");
        serve("/big-declared.xml", 200, BIG);
        serveChunked("/big-chunked.xml", BIG);
        server.start();
    }

    @AfterEach
    void stopTheServer() {
        server.stop(0);
    }

    @Test
    void aListIsFetchedFromItsUrlAndImportedAllOrNothing() {
        ListUpdateStatus fetched = fetcher.fetch(ListFormat.EU_FSF_XML, url("/eu.xml"));
        assertThat(fetched.phase()).isEqualTo(Phase.DONE);
        assertThat(fetched.origin()).endsWith("/eu.xml");
        assertThat(fetched.result().importedBy()).isEqualTo(ListFetcher.FETCHED_BY);
        assertThat(fetched.result().sha256()).isEqualTo(Sha256.hex(LIST));
        assertThat(sanctions.screen("Perseus Rail Systems", null)).extracting(ScreeningMatch::reference)
                .containsExactly("EU.801");

        ListUpdateStatus page = fetcher.fetch(ListFormat.EU_FSF_XML, url("/maintenance.html"));
        assertThat(page.phase()).isEqualTo(Phase.FAILED);
        assertThat(page.errorKey()).isEqualTo("screening.import.wrong-root");
        ListUpdateStatus missing = fetcher.fetch(ListFormat.EU_FSF_XML, url("/gone.xml"));
        assertThat(missing.phase()).isEqualTo(Phase.FAILED);
        assertThat(missing.errorKey()).isEqualTo("screening.fetch.http-status");
        assertThat(missing.errorArguments()).containsExactly(404);
        assertThat(sanctions.screen("Perseus Rail Systems", null)).as("the fetched version stays active")
                .isNotEmpty();
    }

    @Test
    void aDownloadAboveTheCapIsRefusedByItsLengthOrWhileStreamingAndChangesNothing() {
        assertThat(BIG.length()).isGreaterThan(1024 * 1024);
        fetcher.fetch(ListFormat.EU_FSF_XML, url("/eu.xml"));
        ListFetcher capped = capped();
        for (String path : new String[] {"/big-declared.xml", "/big-chunked.xml"}) {
            ListUpdateStatus refused = capped.fetch(ListFormat.EU_FSF_XML, url(path));
            assertThat(refused.phase()).as(path).isEqualTo(Phase.FAILED);
            assertThat(refused.errorKey()).as(path).isEqualTo("screening.fetch.too-large");
            assertThat(refused.errorArguments()).as(path).containsExactly(1L);
        }
        assertThat(sanctions.screen("Andromeda Cargo", null)).as("nothing of the big file imported").isEmpty();
        assertThat(sanctions.screen("Perseus Rail Systems", null)).as("the previous version stays active")
                .isNotEmpty();
        assertThat(capped.fetch(ListFormat.EU_FSF_XML, url("/eu.xml")).phase()).as("a small file still passes")
                .isEqualTo(Phase.DONE);
    }

    @Test
    void theCapIsOneHundredMegabytesByDefault() {
        assertThat(new ListFetcher.Properties(null, null, null).maxSize()).isEqualTo(DataSize.ofMegabytes(100));
    }

    /** The fetcher as configured with {@code activationdesk.screening.fetch.max-size=1MB}. */
    private ListFetcher capped() {
        return new ListFetcher(updates, new ListFetcher.Properties(null, Duration.ofSeconds(30),
                DataSize.ofMegabytes(1)));
    }

    @Test
    void noServerNoChange() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ListUpdateStatus unreachable = fetcher.fetch(ListFormat.UN_XML,
                URI.create("http://127.0.0.1:" + closedPort + "/un.xml"));
        assertThat(unreachable.phase()).isEqualTo(Phase.FAILED);
        assertThat(unreachable.errorKey()).isEqualTo("screening.fetch.unreachable");
    }

    @Test
    void theScheduleIsOffByDefault() {
        assertThat(context.getBeansOfType(ListFetchJob.class)).isEmpty();
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** Sends no Content-Length (chunked): only counting the bytes received finds the size. */
    private void serveChunked(String path, String body) {
        server.createContext(path, exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body.getBytes(StandardCharsets.UTF_8));
            } catch (IOException closedByTheClient) {
                // the fetcher stops reading at the cap
            }
        });
    }

    private void serve(String path, int status, String body) {
        server.createContext(path, exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
    }
}
