package com.activationdesk.request.ui;

import java.time.LocalDate;

import com.activationdesk.base.ui.DatePickers;
import com.activationdesk.request.domain.Licensing;
import com.activationdesk.request.domain.Platform;
import com.activationdesk.request.domain.PlatformPlan;
import com.activationdesk.request.domain.RequestField;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/** The customer's communication platform and the planned rollout of Unify Phone on it. */
class PlatformPlanSection extends RequestSection<PlatformPlan> {

    /** @param today the first rollout date the picker offers */
    PlatformPlanSection(LocalDate today) {
        super(PlatformPlan.class, RequestField.Group.PLATFORM_PLAN.key());
        Select<Platform> platform = add(new Select<>(), RequestField.PLATFORM, "platform");
        platform.setItems(Platform.values());
        platform.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
        platform.setPlaceholder(getTranslation("request.form.choose"));
        add(new TextField(), RequestField.PLATFORM_VERSION, "version");
        RadioButtonGroup<Licensing> licensing = add(new RadioButtonGroup<>(), RequestField.LICENSING, "licensing");
        licensing.setItems(Licensing.values());
        licensing.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
        licensing.setHelperText(getTranslation("request.form.help.licensing"));
        addWholeNumber(RequestField.PLANNED_USERS, "plannedUsers");
        DatePicker rolloutDate = add(new DatePicker(), RequestField.PLANNED_ROLLOUT_DATE, "plannedRolloutDate");
        DatePickers.localized(rolloutDate, getLocale());
        rolloutDate.setMin(today);
    }
}
