package com.activationdesk.base.ui;

import java.time.LocalDate;

import com.activationdesk.BrowserTestBase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;

import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER1;
import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER2;
import static com.activationdesk.testdata.DemoUsers.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16 item 8, the date picker in Chromium, in each language: what the field shows after typing (the browser
 * formats it, so only a browser can tell), the month names and the first column of its calendar. The request form's
 * rollout date stands for every picker: all of them are set up by {@link DatePickers}.
 */
class DatePickerBrowserTest extends BrowserTestBase {

    private static final String PICKER = "plannedRolloutDate";
    private static final LocalDate DAY = LocalDate.now().plusYears(1).withMonth(12).withDayOfMonth(5);

    @Test
    void germanShowsDayMonthYearAndTheCalendarStartsOnMonday() {
        browser.logInToShell(NORDLICHT_USER1, PASSWORD); // prefers German
        browser.open("requests/new");

        browser.typeDate(PICKER, "5.12." + DAY.getYear());

        assertThat(browser.value(PICKER)).isEqualTo(DAY.toString());
        assertThat(shown()).isEqualTo("05.12." + DAY.getYear());
        openCalendar();
        assertThat(firstWeekdayOfCalendar()).isEqualTo("Montag");
        assertThat(monthHeaders()).contains("Dezember " + DAY.getYear());
    }

    @Test
    void englishShowsTheDateAsEveryPageWritesItAndTakesItTypedEitherWay() {
        browser.logInToShell(NORDLICHT_USER2, PASSWORD); // prefers English
        browser.open("requests/new");

        browser.typeDate(PICKER, "12/5/" + DAY.getYear());

        assertThat(browser.value(PICKER)).isEqualTo(DAY.toString());
        assertThat(shown()).isEqualTo("Dec 5, " + DAY.getYear());
        browser.input(PICKER).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        browser.typeDate(PICKER, "Dec 6, " + DAY.getYear());
        assertThat(browser.value(PICKER)).isEqualTo(DAY.plusDays(1).toString());
        openCalendar();
        assertThat(firstWeekdayOfCalendar()).isEqualTo("Monday");
        assertThat(monthHeaders()).contains("December " + DAY.getYear());
    }

    /** The text in the picker's input: what the user reads. */
    private String shown() {
        return browser.input(PICKER).getDomProperty("value");
    }

    private void openCalendar() {
        js("document.getElementById(arguments[0]).open();", PICKER);
        browser.waiting().until(d -> !firstWeekdayOfCalendar().isEmpty() && !monthHeaders().isEmpty());
    }

    /** The full name of the first day column of the calendar's first month. */
    private String firstWeekdayOfCalendar() {
        Object day = js(DEEP + """
                const calendar = deep(document, 'vaadin-month-calendar', []).find(c => c.getClientRects().length > 0);
                const first = calendar && calendar.shadowRoot && calendar.shadowRoot.querySelector('[part~=weekday][abbr]');
                return first ? first.getAttribute('abbr') : '';""");
        return day == null ? "" : day.toString();
    }

    /** The month titles the calendar shows (it renders a few months around the chosen one). */
    private String monthHeaders() {
        Object headers = js(DEEP + """
                return deep(document, 'vaadin-month-calendar', [])
                    .map(c => c.shadowRoot ? c.shadowRoot.querySelector('[part~=month-header]') : null)
                    .filter(h => h).map(h => h.textContent.trim()).join(' | ');""");
        return headers == null ? "" : headers.toString();
    }

    private static final String DEEP = """
            const deep = (root, selector, found) => {
                root.querySelectorAll(selector).forEach(e => found.push(e));
                root.querySelectorAll('*').forEach(e => e.shadowRoot && deep(e.shadowRoot, selector, found));
                return found;
            };
            """;

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, args);
    }
}
