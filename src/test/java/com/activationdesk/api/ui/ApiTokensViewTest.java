package com.activationdesk.api.ui;

import com.activationdesk.UiTest;
import com.activationdesk.api.token.ApiTokenScopes;
import com.activationdesk.api.token.ApiTokens;
import com.activationdesk.testdata.Unique;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER1;
import static com.activationdesk.testdata.DemoUsers.VENDOR_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

/** The admin issues a token in the view: the secret is shown once, the list shows only its prefix. */
@UiTest
class ApiTokensViewTest extends SpringBrowserlessTest {

    @Autowired
    ApiTokens tokens;

    @Test
    @WithUserDetails(VENDOR_ADMIN)
    @SuppressWarnings("unchecked")
    void issuingShowsTheSecretOnceAndListsTheToken() {
        navigate(ApiTokensView.class);
        test($(Button.class).id("api-token-new")).click();
        ComboBox<ApiTokens.TokenUser> user = $(ComboBox.class).id("api-token-user");
        ApiTokens.TokenUser partner = tokens.technicalUsers().stream()
                .filter(u -> u.email().equals(NORDLICHT_USER1)).findFirst().orElseThrow();
        user.setValue(partner);
        String name = "ERP " + Unique.tag();
        test($(TextField.class).id("api-token-name")).setValue(name);
        test($(Button.class).id("api-token-create")).click();

        String secret = $(TextField.class).id("api-token-secret").getValue();
        assertThat(secret).startsWith("adk_").hasSize(47);
        ApiTokens.TokenRow listed = tokens.list().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
        assertThat(listed.prefix()).isEqualTo(secret.substring(0, 12));
        assertThat(listed.userEmail()).isEqualTo(NORDLICHT_USER1);
        assertThat(test((Grid<ApiTokens.TokenRow>) $(Grid.class).id("api-token-grid")).size()).isPositive();
    }

    @Test
    @WithUserDetails(VENDOR_ADMIN)
    @SuppressWarnings("unchecked")
    void pickingThePageInTheMenuAgainShowsATokenIssuedMeanwhile() {
        ApiTokensView shown = navigate(ApiTokensView.class);
        String name = "Issued elsewhere " + Unique.tag();
        long partner = tokens.technicalUsers().stream().filter(u -> u.email().equals(NORDLICHT_USER1)).findFirst()
                .orElseThrow().id();
        tokens.issue(partner, name, ApiTokenScopes.READ, 30);

        assertThat(navigate(ApiTokensView.class)).as("Vaadin keeps the instance shown").isSameAs(shown);
        Grid<ApiTokens.TokenRow> grid = $(Grid.class).id("api-token-grid");
        assertThat(test(grid).size()).isEqualTo(tokens.list().size());
        assertThat(grid.getGenericDataView().getItems().map(ApiTokens.TokenRow::name)).contains(name);
    }
}
