package com.activationdesk.base.ui;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The calendar speaks the viewer's language, starts the week where the viewer expects it and writes dates as pages do. */
class DatePickersTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 5);

    @Test
    void germanNamesMondayFirstAndTheGermanDateFormat() {
        DatePickerI18n i18n = DatePickers.i18n(Locale.GERMAN, "Heute", "Abbrechen");

        assertThat(i18n.getMonthNames()).hasSize(12).startsWith("Januar", "Februar", "März").endsWith("Dezember");
        assertThat(i18n.getWeekdays()).as("the component counts from Sunday").startsWith("Sonntag", "Montag")
                .hasSize(7);
        assertThat(i18n.getWeekdaysShort()).startsWith("So", "Mo");
        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(i18n.getDateFormats()).containsExactly("dd.MM.yyyy");
        assertThat(i18n.getToday()).isEqualTo("Heute");
        assertThat(i18n.getCancel()).isEqualTo("Abbrechen");
    }

    @Test
    void englishShowsTheDateAsPagesWriteItAndStillTakesMonthDayYear() {
        DatePickerI18n i18n = DatePickers.i18n(Locale.ENGLISH, "Today", "Cancel");

        assertThat(i18n.getDateFormats()).containsExactly("MMM d, yyyy", "M/d/yyyy");
        assertThat(i18n.getMonthNames()).startsWith("January");
        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
    }

    @Test
    void theShownFormatIsTheOnePagesUseInBothLanguages() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.GERMAN}) {
            String shown = DatePickers.i18n(locale, "", "").getDateFormats().getFirst();
            assertThat(DateTimeFormatter.ofPattern(shown, locale).format(DAY)).as("%s", locale)
                    .isEqualTo(new Formats(locale, ZoneOffset.UTC).date(DAY));
        }
        assertThat(new Formats(Locale.ENGLISH, ZoneOffset.UTC).date(DAY)).isEqualTo("Dec 5, 2026");
        assertThat(new Formats(Locale.GERMAN, ZoneOffset.UTC).date(DAY)).isEqualTo("05.12.2026");
    }

    @Test
    void aRegionDecidesTheFirstDayOfTheWeek() {
        assertThat(DatePickers.i18n(Locale.US, "Today", "Cancel").getFirstDayOfWeek()).isZero();
        assertThat(DatePickers.i18n(Locale.UK, "Today", "Cancel").getFirstDayOfWeek()).isEqualTo(1);
        assertThat(DatePickers.i18n(Locale.GERMANY, "Heute", "Abbrechen").getFirstDayOfWeek()).isEqualTo(1);
    }

    @Test
    void monthNamesOnlyInEnglishWhereTheBrowserCanWriteThem() {
        // French writes "5 déc. 2026"; date-fns in the browser would write "Dec": the numeric form instead.
        assertThat(DatePickers.shown(Locale.FRENCH)).isEqualTo("dd/MM/yyyy");
    }
}
