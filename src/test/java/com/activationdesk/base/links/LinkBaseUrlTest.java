package com.activationdesk.base.links;

import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Issue 16 item 5: outside prod an invitation or password reset link points where the app really answers, not at a fixed 8080. */
class LinkBaseUrlTest {

    @Test
    void withoutARequestTheLinkUsesThePortTheServerGot() {
        LinkBaseUrl base = new LinkBaseUrl("", "0", "");
        base.onServerStarted(serverStartedOn(8093));

        assertThat(base.current()).isEqualTo("http://localhost:8093");
    }

    @Test
    void theContextPathIsPartOfTheBase() {
        LinkBaseUrl base = new LinkBaseUrl("", "8080", "/desk/");
        base.onServerStarted(serverStartedOn(8093));

        assertThat(base.current()).isEqualTo("http://localhost:8093/desk");
    }

    @Test
    void theConfiguredPublicAddressWinsOverTheServersPort() {
        LinkBaseUrl base = new LinkBaseUrl("https://activation.example.com/", "8080", "");
        base.onServerStarted(serverStartedOn(8093));

        assertThat(base.current()).isEqualTo("https://activation.example.com");
    }

    @Test
    void beforeTheServerReportsItsPortTheConfiguredPortIsUsed() {
        assertThat(new LinkBaseUrl("", "8080", "").current()).isEqualTo("http://localhost:8080");
    }

    private static WebServerInitializedEvent serverStartedOn(int port) {
        WebServerInitializedEvent event = mock(WebServerInitializedEvent.class, RETURNS_DEEP_STUBS);
        when(event.getWebServer().getPort()).thenReturn(port);
        when(event.getApplicationContext().getServerNamespace()).thenReturn(null);
        return event;
    }
}
