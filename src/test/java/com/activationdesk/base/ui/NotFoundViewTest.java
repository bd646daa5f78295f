package com.activationdesk.base.ui;

import com.activationdesk.UiTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.BootstrapInitialPredicate;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** An unknown URL: a page with a heading, header and tab title in the user's language, answered with HTTP 404. */
@UiTest
class NotFoundViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails(NORDLICHT_USER1)
    void anUnknownUrlShowsATitledPageInTheUsersLanguage() {
        UI.getCurrent().navigate("gibt-es-nicht");

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat(find(H2.class).single().getText()).isEqualTo("Seite nicht gefunden");
        assertThat(find(Span.class).withClassName("view-title").single().getText()).isEqualTo("Seite nicht gefunden");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Seite nicht gefunden");
    }

    /**
     * The page request for an unknown URL navigates at once, so the 404 that {@link NotFoundView} returns becomes
     * the HTTP status; a known route keeps the usual bootstrap.
     */
    @Test
    void onlyUnknownUrlsAreNavigatedWithinThePageRequest() {
        BootstrapInitialPredicate navigatesAtOnce = VaadinService.getCurrent().getBootstrapInitialPredicate();

        assertThat(navigatesAtOnce.includeInitialUidl(requestFor("/gibt-es-nicht"))).isTrue();
        assertThat(navigatesAtOnce.includeInitialUidl(requestFor("/requests/42/gibt-es-nicht"))).isTrue();
        assertThat(navigatesAtOnce.includeInitialUidl(requestFor("/requests"))).isFalse();
        assertThat(navigatesAtOnce.includeInitialUidl(requestFor("/requests/42"))).isFalse();
        assertThat(navigatesAtOnce.includeInitialUidl(requestFor("/"))).isFalse();
        assertThat(navigatesAtOnce.includeInitialUidl(requestFor(null))).isFalse();
    }

    private static VaadinRequest requestFor(String path) {
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getPathInfo()).thenReturn(path);
        return request;
    }
}
