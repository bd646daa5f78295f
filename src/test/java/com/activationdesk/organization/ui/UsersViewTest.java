package com.activationdesk.organization.ui;

import java.util.List;

import com.activationdesk.PasswordFieldLimit;
import com.activationdesk.UiTest;
import com.activationdesk.organization.domain.AppUserRepository;
import com.activationdesk.organization.domain.OrganizationType;
import com.activationdesk.organization.domain.Role;
import com.activationdesk.organization.service.OrganizationService;
import com.activationdesk.organization.service.UserForm;
import com.activationdesk.organization.service.UserRow;
import com.activationdesk.organization.service.UserService;
import com.activationdesk.testdata.Unique;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonTester;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;

import static com.activationdesk.testdata.DemoUsers.VENDOR_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

/** The admin maintains users in the browser (server side): create, edit, disable/enable, reset the password. */
@UiTest
@WithUserDetails(VENDOR_ADMIN)
class UsersViewTest extends SpringBrowserlessTest {

    private static final String PASSWORD = "Sicher-Passwort-2026";

    @Autowired
    UserService users;

    @Autowired
    OrganizationService organizations;

    @Autowired
    AppUserRepository userRepository;

    @Autowired
    PasswordEncoder passwordEncoder;

    @BeforeEach
    void openView() {
        navigate(UsersView.class);
    }

    @Test
    void adminCreatesUserWithLivePasswordRules() {
        String email = Unique.email("ui", "nordlicht.example");
        test(find(Button.class).id("new-user")).click();

        test(find(EmailField.class).id("user-email")).setValue(email);
        test(find(TextField.class).id("user-name")).setValue("Nina New");
        test(this.<Role>select("user-role")).selectItem("Partner");
        ComboBox<Long> organization = comboBox("user-organization");
        assertThat(test(organization).getSuggestions())
                .contains("Nordlicht Systemhaus GmbH", "Bavaria Voice GmbH")
                .doesNotContain("Unify (Vendor)", "Alpha Distribution GmbH");
        test(organization).selectItem("Nordlicht Systemhaus GmbH");
        test(this.<String>select("user-language")).selectItem("Deutsch");

        PasswordField password = find(PasswordField.class).id("user-password");
        assertThat(ruleTexts("rule-unmet")).as("nothing typed, nothing failed").isEmpty();
        assertThat(ruleTexts("rule-pending")).containsExactly("At least 12 characters", "At most 128 characters",
                "Not a commonly used password", "Does not contain your e-mail address or its name");
        test(password).setValue("short1");
        assertThat(ruleTexts("rule-unmet")).containsExactly("At least 12 characters");
        assertThat(ruleTexts("rule-met")).containsExactly("At most 128 characters", "Not a commonly used password",
                "Does not contain your e-mail address or its name");
        test(find(Button.class).id("save")).click();
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo(
                "The password must have at least 12 characters. A passphrase of several words is easy to remember.");
        assertThat(find(Dialog.class).exists()).isTrue();

        test(password).setValue(PASSWORD);
        assertThat(ruleTexts("rule-unmet")).isEmpty();
        test(find(Button.class).id("save")).click();

        assertThat(lastNotification()).isEqualTo("User Nina New saved.");
        GridTester<Grid<UserRow>, UserRow> grid = filteredGrid(email);
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getCellText(0, grid.getColumnPosition("role"))).isEqualTo("Partner");
        assertThat(grid.getCellText(0, grid.getColumnPosition("organization"))).isEqualTo("Nordlicht Systemhaus GmbH");
        assertThat(grid.getCellText(0, grid.getColumnPosition("language"))).isEqualTo("Deutsch");
        assertThat(status(grid)).isEqualTo("Active");
    }

    @Test
    void bothAdminDialogsShowThePasswordPolicysMaximumAndRefuseMoreWithoutCutting() {
        test(find(Button.class).id("new-user")).click();
        PasswordFieldLimit.assertShownAndNeverCut(find(PasswordField.class).id("user-password"),
                (field, value) -> test(field).setValue(value));
        find(Dialog.class).single().close();

        UserRow user = createUser(Role.PARTNER, "Rheinwerk IT AG", OrganizationType.PARTNER);
        rowAction(filteredGrid(user.email()), "reset-password").click();
        PasswordFieldLimit.assertShownAndNeverCut(find(PasswordField.class).id("new-password"),
                (field, value) -> test(field).setValue(value));
    }

    @Test
    void pickingThePageInTheMenuAgainShowsAUserAddedMeanwhile() {
        UsersView shown = navigate(UsersView.class);
        String email = Unique.email("menu", "example.org");
        GridTester<Grid<UserRow>, UserRow> grid = filteredGrid(email);
        assertThat(grid.size()).isZero();
        long organizationId = organizations.findByType(OrganizationType.PARTNER).getFirst().id();
        users.create(new UserForm(email, "Menu Again", Role.PARTNER, organizationId, "en"), PASSWORD);

        assertThat(navigate(UsersView.class)).as("Vaadin keeps the instance shown").isSameAs(shown);
        assertThat(grid.size()).isEqualTo(1);
    }

    @Test
    void adminDisablesAndReenablesUser() {
        UserRow user = createUser(Role.CLOUD_OPS, "Unify (Vendor)", OrganizationType.VENDOR);
        GridTester<Grid<UserRow>, UserRow> grid = filteredGrid(user.email());

        rowAction(grid, "toggle-user-enabled").click();
        assertThat(lastNotification()).isEqualTo(user.displayName() + " is disabled and can no longer log in.");
        assertThat(status(grid)).isEqualTo("Disabled");
        assertThat(userRepository.findById(user.id()).orElseThrow().isEnabled()).isFalse();

        rowAction(grid, "toggle-user-enabled").click();
        assertThat(lastNotification()).isEqualTo(user.displayName() + " can log in again.");
        assertThat(status(grid)).isEqualTo("Active");
        assertThat(userRepository.findById(user.id()).orElseThrow().isEnabled()).isTrue();
    }

    @Test
    void adminResetsPassword() {
        UserRow user = createUser(Role.PARTNER, "Rheinwerk IT AG", OrganizationType.PARTNER);
        GridTester<Grid<UserRow>, UserRow> grid = filteredGrid(user.email());
        rowAction(grid, "reset-password").click();

        PasswordField password = find(PasswordField.class).id("new-password");
        test(password).setValue("abc");
        test(find(Button.class).id("save")).click();
        assertThat(password.isInvalid()).isTrue();
        assertThat(ruleTexts("rule-unmet")).containsExactly("At least 12 characters");

        test(password).setValue("Neues-Passwort-2027");
        test(find(Button.class).id("save")).click();

        assertThat(lastNotification()).isEqualTo("New password set for " + user.displayName() + ".");
        assertThat(find(Dialog.class).exists()).isFalse();
        assertThat(passwordEncoder.matches("Neues-Passwort-2027",
                userRepository.findById(user.id()).orElseThrow().getPasswordHash())).isTrue();
    }

    @Test
    void duplicateEmailIsShownAtTheEmailField() {
        test(find(Button.class).id("new-user")).click();
        EmailField email = find(EmailField.class).id("user-email");
        test(email).setValue("CAM1@vendor.example");
        test(find(TextField.class).id("user-name")).setValue("Second Clara");
        test(this.<Role>select("user-role")).selectItem("Channel account manager (CAM)");
        test(comboBox("user-organization")).selectItem("Unify (Vendor)");
        test(find(PasswordField.class).id("user-password")).setValue(PASSWORD);
        test(find(Button.class).id("save")).click();

        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("A user with the e-mail cam1@vendor.example already exists.");
        assertThat(find(Dialog.class).exists()).isTrue();
    }

    @Test
    void roleThatDoesNotFitTheOrganisationIsRefused() {
        UserRow user = createUser(Role.PARTNER, "Nordlicht Systemhaus GmbH", OrganizationType.PARTNER);
        filteredGrid(user.email()).doubleClickRow(0);

        test(this.<Role>select("user-role")).selectItem("Channel account manager (CAM)");

        ComboBox<Long> organization = comboBox("user-organization");
        assertThat(organization.getValue()).isNull();
        assertThat(organization.isInvalid()).isTrue();
        assertThat(organization.getErrorMessage())
                .isEqualTo("The role Channel account manager (CAM) requires an organisation of type Vendor.");
        assertThat(test(organization).getSuggestions()).containsExactly("Unify (Vendor)");
        test(find(Button.class).id("save")).click();
        assertThat(find(Dialog.class).exists()).isTrue();
        assertThat(userRepository.findById(user.id()).orElseThrow().getRole()).isEqualTo(Role.PARTNER);
    }

    private UserRow createUser(Role role, String organizationName, OrganizationType type) {
        long organizationId = organizations.findByType(type).stream()
                .filter(row -> row.name().equals(organizationName)).findFirst().orElseThrow().id();
        String email = Unique.email("ui", "example.org");
        return users.create(new UserForm(email, "Test " + email.substring(0, 11), role, organizationId, "en"), PASSWORD);
    }

    private GridTester<Grid<UserRow>, UserRow> filteredGrid(String text) {
        test(find(TextField.class).id("user-text-filter")).setValue(text);
        @SuppressWarnings("unchecked")
        Grid<UserRow> grid = find(Grid.class).id("users-grid");
        return test(grid);
    }

    private ButtonTester<Button> rowAction(GridTester<Grid<UserRow>, UserRow> grid, String action) {
        return test(find(Button.class, grid.getCellComponent(0, "actions")).withClassName(action).single());
    }

    private static String status(GridTester<Grid<UserRow>, UserRow> grid) {
        return ((Span) grid.getCellComponent(0, "status")).getText();
    }

    private List<String> ruleTexts(String className) {
        return find(ListItem.class).withClassName(className).all().stream()
                .map(item -> item.getChildren().filter(Span.class::isInstance).map(span -> ((Span) span).getText())
                        .findFirst().orElseThrow())
                .toList();
    }

    @SuppressWarnings("unchecked")
    private <T> Select<T> select(String id) {
        return find(Select.class).id(id);
    }

    @SuppressWarnings("unchecked")
    private <T> ComboBox<T> comboBox(String id) {
        return find(ComboBox.class).id(id);
    }

    private String lastNotification() {
        return test(find(Notification.class).last()).getText();
    }
}
