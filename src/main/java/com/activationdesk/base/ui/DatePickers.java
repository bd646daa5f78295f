package com.activationdesk.base.ui;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;

/**
 * Date pickers in the viewer's language: the calendar's month and day names, the first day of the week and the
 * format follow the locale (the component's own i18n is English and starts on Sunday whatever the UI says). A
 * picker shows a date as every page writes it ({@link Formats#date}) and also takes the locale's numeric short form.
 */
public final class DatePickers {

    private DatePickers() {
    }

    /** Sets the picker's calendar, format and button texts from {@code locale}; returns the picker. */
    public static DatePicker localized(DatePicker picker, Locale locale) {
        picker.setLocale(locale);
        picker.setI18n(i18n(locale, picker.getTranslation(locale, "date-picker.today"),
                picker.getTranslation(locale, "date-picker.cancel")));
        return picker;
    }

    static DatePickerI18n i18n(Locale locale, String today, String cancel) {
        DatePickerI18n i18n = new DatePickerI18n();
        i18n.setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList());
        // The component counts weekdays from Sunday (0), java.time from Monday (1) to Sunday (7).
        List<DayOfWeek> fromSunday = Arrays.stream(DayOfWeek.values()).map(day -> day.minus(1)).toList();
        i18n.setWeekdays(fromSunday.stream().map(day -> day.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList());
        i18n.setWeekdaysShort(fromSunday.stream().map(day -> day.getDisplayName(TextStyle.SHORT_STANDALONE, locale)).toList());
        i18n.setFirstDayOfWeek(firstDayOfWeek(locale).getValue() % 7);
        // Shown in the first format; typing also takes the numeric one, and the browser adds a two-digit year to each.
        List<String> formats = Stream.of(shown(locale), typed(locale).replaceAll("y+", "yyyy")).distinct().toList();
        i18n.setDateFormats(formats.getFirst(), formats.subList(1, formats.size()).toArray(String[]::new));
        i18n.setToday(today);
        i18n.setCancel(cancel);
        return i18n;
    }

    /**
     * The date as {@link Formats#date} writes it, with the full year ("Dec 5, 2026", "05.12.2026"). The browser
     * formats it with date-fns, which knows English month names only: in another language a pattern with a month
     * name falls back to the numeric one.
     */
    static String shown(Locale locale) {
        String pattern = Formats.datePattern(locale);
        boolean monthName = pattern.replaceAll("'[^']*'", "").contains("MMM");
        return (monthName && !"en".equals(locale.getLanguage()) ? typed(locale) : pattern).replaceAll("y+", "yyyy");
    }

    /** The locale's numeric short form ("M/d/yy", "dd.MM.yy"). */
    private static String typed(Locale locale) {
        return DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null, IsoChronology.INSTANCE,
                locale);
    }

    /**
     * The locale's first day of the week. The app's locales carry no region ("de", "en"), for which java.time
     * answers Sunday; ISO 8601's Monday is what the app's users in Europe expect.
     */
    static DayOfWeek firstDayOfWeek(Locale locale) {
        return locale.getCountry().isEmpty() ? DayOfWeek.MONDAY : WeekFields.of(locale).getFirstDayOfWeek();
    }
}
