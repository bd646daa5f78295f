package com.activationdesk.request.ui;

import com.activationdesk.base.ui.Formats;
import com.activationdesk.request.domain.RequestField;
import com.activationdesk.request.domain.TenantAdministrator;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

/** The tenant's first administrator, who receives the invitation. */
class TenantAdministratorSection extends RequestSection<TenantAdministrator> {

    private final RadioButtonGroup<String> language = new RadioButtonGroup<>();

    TenantAdministratorSection() {
        super(TenantAdministrator.class, RequestField.Group.TENANT_ADMINISTRATOR.key());
        add(new TextField(), RequestField.ADMIN_FIRST_NAME, "firstName");
        add(new TextField(), RequestField.ADMIN_LAST_NAME, "lastName");
        add(new EmailField(), RequestField.ADMIN_EMAIL, "email")
                .setHelperText(getTranslation("request.form.help.adminEmail"));
        TextField phone = add(new TextField(), RequestField.ADMIN_PHONE, "phone");
        phone.setHelperText(getTranslation("request.form.help.adminPhone"));
        phone.setPlaceholder("+4989123456");
        add(language, RequestField.ADMIN_LANGUAGE, "language");
        language.setItems("de", "en");
        language.setItemLabelGenerator(Formats::language);
    }

    /** A new request invites in the partner's own language unless the partner chooses otherwise. */
    void presetLanguage(String partnerLanguage) {
        language.setValue("de".equals(partnerLanguage) ? "de" : "en");
    }
}
