package com.activationdesk.base.ui;

import com.activationdesk.UiTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER1;
import static org.assertj.core.api.Assertions.assertThat;

/** An unknown URL: a page with a heading, header and tab title in the user's language. */
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
}
