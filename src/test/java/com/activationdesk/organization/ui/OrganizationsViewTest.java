package com.activationdesk.organization.ui;

import java.util.Set;

import com.activationdesk.UiTest;
import com.activationdesk.organization.domain.OrganizationType;
import com.activationdesk.organization.service.OrganizationForm;
import com.activationdesk.organization.service.OrganizationRow;
import com.activationdesk.organization.service.OrganizationService;
import com.activationdesk.testdata.Unique;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static com.activationdesk.testdata.DemoUsers.VENDOR_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

/** The admin maintains organisations and their CAM / DAM / distributor assignments in the browser (server side). */
@UiTest
@WithUserDetails(VENDOR_ADMIN)
class OrganizationsViewTest extends SpringBrowserlessTest {

    @Autowired
    OrganizationService organizations;

    @BeforeEach
    void openView() {
        navigate(OrganizationsView.class);
    }

    @Test
    void adminCreatesTier1PartnerWithCamAndSeesItInTheGrid() {
        String name = Unique.name("UI Partner");
        test(find(Button.class).id("new-organization")).click();

        test(textField("organization-name")).setValue(name);
        test(select("organization-type")).selectItem("Partner");
        test(select("organization-tier")).selectItem("Tier 1");
        test(textField("organization-country")).setValue("de");
        assertThat(textField("organization-country").getValue()).isEqualTo("DE");
        test(comboBox("organization-cam")).selectItem("Clara Kanal");
        test(find(Button.class).id("save")).click();

        assertThat(lastNotification()).isEqualTo("Organisation \"" + name + "\" saved.");
        assertThat(find(Dialog.class).exists()).isFalse();
        GridTester<Grid<OrganizationRow>, OrganizationRow> grid = filteredGrid(name);
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getCellText(0, grid.getColumnPosition("name"))).isEqualTo(name);
        assertThat(grid.getCellText(0, grid.getColumnPosition("type"))).isEqualTo("Partner");
        assertThat(grid.getCellText(0, grid.getColumnPosition("tier"))).isEqualTo("Tier 1");
        assertThat(grid.getCellText(0, grid.getColumnPosition("country"))).isEqualTo("DE");
        assertThat(grid.getCellText(0, grid.getColumnPosition("cam"))).isEqualTo("Clara Kanal");
    }

    @Test
    void gridSortsByTypeAndFiltersByType() {
        @SuppressWarnings("unchecked")
        GridTester<Grid<OrganizationRow>, OrganizationRow> grid = test(find(Grid.class).id("organizations-grid"));
        assertThat(grid.getSortDirection("name")).isEqualTo(SortDirection.ASCENDING);

        grid.sortByColumn("type", SortDirection.DESCENDING);
        assertThat(grid.getCellText(0, grid.getColumnPosition("type"))).isEqualTo("Vendor");

        test(select("organization-type-filter")).selectItem("Distributor");
        assertThat(grid.size()).isGreaterThanOrEqualTo(2);
        for (int row = 0; row < grid.size(); row++) {
            assertThat(grid.getRow(row).type()).isEqualTo(OrganizationType.DISTRIBUTOR);
        }
    }

    @Test
    void adminAssignsDamToDistributorByDoubleClickAndEnter() {
        OrganizationRow distributor = organizations.create(new OrganizationForm(Unique.name("UI Distributor"),
                OrganizationType.DISTRIBUTOR, null, "AT", null, null, Set.of()));
        GridTester<Grid<OrganizationRow>, OrganizationRow> grid = filteredGrid(distributor.name());
        grid.doubleClickRow(0);

        assertThat(select("organization-type").isReadOnly()).isTrue();
        assertThat(visible("organization-dam")).isTrue();
        assertThat(visible("organization-tier") || visible("organization-cam") || visible("organization-distributors")).isFalse();
        test(comboBox("organization-dam")).selectItem("Dan Wholesale");
        fireShortcut(Key.ENTER);

        assertThat(find(Dialog.class).exists()).isFalse();
        assertThat(grid.getCellText(0, grid.getColumnPosition("dam"))).isEqualTo("Dan Wholesale");
        assertThat(organizations.get(distributor.id()).damName()).isEqualTo("Dan Wholesale");
    }

    @Test
    void fieldsFollowTypeAndTierAndValidateWhileTyping() {
        test(find(Button.class).id("new-organization")).click();

        test(select("organization-type")).selectItem("Partner");
        test(select("organization-tier")).selectItem("Tier 2");
        assertThat(visible("organization-distributors")).isTrue();
        assertThat(visible("organization-cam") || visible("organization-dam")).isFalse();
        test(select("organization-tier")).selectItem("Tier 1");
        assertThat(visible("organization-cam")).isTrue();
        assertThat(visible("organization-distributors")).isFalse();
        test(select("organization-type")).selectItem("Distributor");
        assertThat(visible("organization-dam")).isTrue();
        assertThat(visible("organization-tier") || visible("organization-cam")).isFalse();

        TextField name = textField("organization-name");
        test(name).setValue("x");
        test(name).setValue("");
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Required");
        TextField country = textField("organization-country");
        test(country).setValue("D");
        assertThat(country.isInvalid()).isTrue();
        assertThat(country.getErrorMessage()).isEqualTo("Use a two-letter country code (ISO 3166-1), e.g. DE");
        test(country).setValue("DE");
        assertThat(country.isInvalid()).isFalse();

        test(find(Button.class).id("save")).click();
        assertThat(find(Dialog.class).exists()).as("invalid form stays open").isTrue();
    }

    @Test
    void duplicateNameIsShownAtTheNameField() {
        test(find(Button.class).id("new-organization")).click();
        test(textField("organization-name")).setValue("Nordlicht Systemhaus GmbH");
        test(select("organization-type")).selectItem("Partner");
        test(select("organization-tier")).selectItem("Tier 1");
        test(find(Button.class).id("save")).click();

        TextField name = textField("organization-name");
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage())
                .isEqualTo("An organisation of this type named \"Nordlicht Systemhaus GmbH\" already exists.");
        assertThat(find(Dialog.class).exists()).isTrue();
    }

    @Test
    void changeByAnotherAdminMeanwhileShowsMessageAndReloads() {
        OrganizationRow original = organizations.create(new OrganizationForm(Unique.name("UI Conflict"),
                OrganizationType.DISTRIBUTOR, null, "DE", null, null, Set.of()));
        GridTester<Grid<OrganizationRow>, OrganizationRow> grid = filteredGrid(original.name());
        Component actions = grid.getCellComponent(0, "actions");
        test(find(Button.class, actions).single()).click();

        organizations.update(original.id(), original.version(), new OrganizationForm(original.name() + " (other admin)",
                OrganizationType.DISTRIBUTOR, null, "AT", null, null, Set.of()));
        test(textField("organization-name")).setValue(original.name() + " (mine)");
        test(find(Button.class).id("save")).click();

        assertThat(lastNotification()).isEqualTo("Someone changed this meanwhile. Please reload and try again.");
        assertThat(find(Dialog.class).exists()).isFalse();
        assertThat(grid.getCellText(0, grid.getColumnPosition("name"))).isEqualTo(original.name() + " (other admin)");
    }

    private GridTester<Grid<OrganizationRow>, OrganizationRow> filteredGrid(String name) {
        test(textField("organization-name-filter")).setValue(name);
        @SuppressWarnings("unchecked")
        Grid<OrganizationRow> grid = find(Grid.class).id("organizations-grid");
        return test(grid);
    }

    private TextField textField(String id) {
        return find(TextField.class).id(id);
    }

    @SuppressWarnings("unchecked")
    private <T> Select<T> select(String id) {
        return find(Select.class).id(id);
    }

    @SuppressWarnings("unchecked")
    private <T> ComboBox<T> comboBox(String id) {
        return find(ComboBox.class).id(id);
    }

    /** Queries only match visible components. */
    private boolean visible(String id) {
        return find(Component.class).withId(id).exists();
    }

    private String lastNotification() {
        return test(find(Notification.class).last()).getText();
    }
}
