package com.activationdesk.base.ui;

import java.util.Locale;

import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The calendar speaks the viewer's language and starts the week where the viewer expects it. */
class DatePickersTest {

    @Test
    void germanNamesMondayFirstAndTheGermanDateFormat() {
        DatePickerI18n i18n = DatePickers.i18n(Locale.GERMAN, "Heute", "Abbrechen");

        assertThat(i18n.getMonthNames()).hasSize(12).startsWith("Januar", "Februar", "März").endsWith("Dezember");
        assertThat(i18n.getWeekdays()).as("the component counts from Sunday").startsWith("Sonntag", "Montag")
                .hasSize(7);
        assertThat(i18n.getWeekdaysShort()).startsWith("So", "Mo");
        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(i18n.getDateFormats()).containsExactly("dd.MM.yyyy", "dd.MM.yy");
        assertThat(i18n.getToday()).isEqualTo("Heute");
        assertThat(i18n.getCancel()).isEqualTo("Abbrechen");
    }

    @Test
    void englishKeepsMonthDayYearAndARegionDecidesTheFirstDay() {
        assertThat(DatePickers.i18n(Locale.ENGLISH, "Today", "Cancel").getDateFormats())
                .containsExactly("M/d/yyyy", "M/d/yy");
        assertThat(DatePickers.i18n(Locale.ENGLISH, "Today", "Cancel").getFirstDayOfWeek()).isEqualTo(1);
        assertThat(DatePickers.i18n(Locale.US, "Today", "Cancel").getFirstDayOfWeek()).isZero();
        assertThat(DatePickers.i18n(Locale.GERMANY, "Heute", "Abbrechen").getFirstDayOfWeek()).isEqualTo(1);
    }
}
