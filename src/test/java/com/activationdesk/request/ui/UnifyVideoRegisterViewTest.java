package com.activationdesk.request.ui;

import java.nio.charset.StandardCharsets;

import com.activationdesk.UiTest;
import com.activationdesk.request.service.UnifyVideoRegister;
import com.activationdesk.testdata.Unique;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static com.activationdesk.testdata.DemoUsers.ALPEN_USER1;
import static com.activationdesk.testdata.DemoUsers.OPS2;
import static org.assertj.core.api.Assertions.assertThat;

/** The register view, driven through its real Upload component (browserless UploadTester), for Cloud Ops. */
@UiTest
class UnifyVideoRegisterViewTest extends SpringBrowserlessTest {

    @Autowired
    UnifyVideoRegister register;

    @Test
    @WithUserDetails(OPS2)
    void uploadingACsvShowsTheReportAndTheNewCount() {
        navigate(UnifyVideoRegisterView.class);
        long before = register.size();
        assertThat($(Span.class).id("register-count").getText())
                .isEqualTo("The register holds " + before + (before == 1 ? " address." : " addresses."));
        String tag = Unique.tag();
        String csv = "name;email\n"
                + "Ann;Ann." + tag + "@Video.example\n"
                + "Ann again;ann." + tag + "@video.example\n"
                + "Bob;broken-address\n"
                + "Cleo;cleo." + tag + "@video.example\n";

        test($(Upload.class).id("register-upload")).upload("register.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat($(Div.class).id("register-imported").getText()).isEqualTo("New addresses imported: 2");
        assertThat($(Div.class).id("register-already-present").getText())
                .isEqualTo("Already in the register or repeated in the file: 1");
        assertThat($(Div.class).id("register-invalid").getText()).isEqualTo("Lines without a valid address: 1");
        assertThat($(ListItem.class, $(UnorderedList.class).id("register-invalid-lines")).all())
                .extracting(ListItem::getText).containsExactly("4: Bob;broken-address");
        assertThat(register.size()).isEqualTo(before + 2);
        assertThat($(Span.class).id("register-count").getText()).isEqualTo("The register holds " + (before + 2) + " addresses.");

        test($(EmailField.class).id("register-lookup")).setValue("ANN." + tag + "@video.example");
        test($(Button.class).id("register-lookup-button")).click();
        assertThat($(Span.class).id("register-lookup-result").getText())
                .isEqualTo("ANN." + tag + "@video.example is in the register: it cannot administer a new tenant.");
        test($(EmailField.class).id("register-lookup")).setValue("nobody." + tag + "@video.example");
        test($(Button.class).id("register-lookup-button")).click();
        assertThat($(Span.class).id("register-lookup-result").getText())
                .isEqualTo("nobody." + tag + "@video.example is not in the register.");
    }

    @Test
    @WithUserDetails(OPS2)
    void aFileWithoutEmailColumnOrNotCsvIsRefusedWithTheReason() {
        navigate(UnifyVideoRegisterView.class);
        long before = register.size();

        test($(Upload.class).id("register-upload")).upload("people.csv", "text/csv",
                "name;phone\nAnn;+4989123456\n".getBytes(StandardCharsets.UTF_8));
        assertThat($(Div.class).id("register-error").getText())
                .isEqualTo("The file has a header but no column named \"email\".");

        test($(Upload.class).id("register-upload")).upload("addresses.txt", "text/plain",
                "someone@video.example\n".getBytes(StandardCharsets.UTF_8));
        assertThat($(Div.class).id("register-error").getText()).isEqualTo("Only CSV files can be imported.");
        assertThat(register.size()).isEqualTo(before);
    }

    @Test
    @WithUserDetails(ALPEN_USER1)
    void partnersCannotOpenTheView() {
        UI.getCurrent().navigate(UnifyVideoRegisterView.class);
        assertThat(getCurrentView()).isNotInstanceOf(UnifyVideoRegisterView.class);
    }
}
