package fr.journees.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

class CalendarLinksTest {

    static final LocalDate BAYONNE_DAY = LocalDate.of(2024, 10, 3);

    @Test
    void a_google_link_carries_the_day_in_utc_and_encodes_the_text() {
        var link = CalendarLinks.google("Visite à Bayonne & co", BAYONNE_DAY, LocalTime.of(9, 0),
                LocalTime.of(16, 30), "Inclusion numérique", "Collège Albert Camus");
        assertThat(link).startsWith("https://calendar.google.com/calendar/render?action=TEMPLATE")
                .contains("&dates=20241003T070000Z/20241003T143000Z")
                .contains("text=Visite+%C3%A0+Bayonne+%26+co")
                .contains("location=Coll%C3%A8ge+Albert+Camus");
    }

    @Test
    void an_outlook_link_carries_start_and_end_in_utc() {
        var link = CalendarLinks.outlook("Visite", LocalDate.of(2025, 1, 15), LocalTime.of(9, 0),
                LocalTime.of(12, 0), null, null);
        assertThat(link).contains("startdt=2025-01-15T08:00:00Z").contains("enddt=2025-01-15T11:00:00Z")
                .contains("subject=Visite").contains("body=&");
    }
}
