package fr.journees.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;

class ICalendarExporterTest {

    private static final LocalDate DAY = LocalDate.of(2024, 10, 3);

    private static CalendarEntry entry(String summary, String description) {
        return new CalendarEntry("slot-1@journees.fr", 3, DAY, LocalTime.of(9, 0), LocalTime.of(9, 20), summary,
                description, "Collège Albert Camus, 1 rue de l'École; Bayonne", "http://localhost:8080/e/x", false);
    }

    private static String export(CalendarEntry... entries) {
        return new String(ICalendarExporter.export(new CalendarFeed("Journée", List.of(entries)),
                Instant.parse("2024-09-01T10:00:00Z")), StandardCharsets.UTF_8);
    }

    private static ICalendar parse(String text) {
        return Biweekly.parse(text).first();
    }

    @Test
    void times_are_in_europe_paris_with_its_vtimezone_and_parse_to_the_right_utc_instants() {
        var text = export(entry("Accueil café", "Lieu de rendez-vous"));

        assertThat(text).contains("METHOD:PUBLISH", "BEGIN:VTIMEZONE", "TZID:Europe/Paris",
                "DTSTART;TZID=Europe/Paris:20241003T090000", "UID:slot-1@journees.fr", "SEQUENCE:3",
                "DTSTAMP:20240901T100000Z");
        var calendar = parse(text);
        var event = calendar.getEvents().get(0);
        assertThat(event.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2024-10-03T07:00:00Z"));
        assertThat(event.getDateEnd().getValue().toInstant()).isEqualTo(Instant.parse("2024-10-03T07:20:00Z"));
        assertThat(event.getSummary().getValue()).isEqualTo("Accueil café");
        assertThat(calendar.validate(ICalVersion.V2_0).isEmpty()).as(calendar.validate(ICalVersion.V2_0).toString())
                .isTrue();
    }

    @Test
    void commas_semicolons_backslashes_and_newlines_are_escaped_and_read_back_unchanged() {
        var hostile = "<b>Café & co</b>; a, b \\ c\nligne 2\r\nligne 3";
        var text = export(entry(hostile, hostile));

        assertThat(text).contains("\\;", "\\,", "\\\\", "\\n");
        var event = parse(text).getEvents().get(0);
        assertThat(event.getSummary().getValue()).isEqualTo("<b>Café & co</b>; a, b \\ c\nligne 2\nligne 3");
        assertThat(event.getLocation().getValue()).isEqualTo("Collège Albert Camus, 1 rue de l'École; Bayonne");
    }

    @Test
    void long_accented_and_emoji_lines_are_folded_at_75_octets_without_cutting_a_character() {
        var title = "Journée d’étude 🎉 à Bayonne — éàèùç œ ".repeat(12) + "مرحبا بالعالم";
        var description = "é🎉".repeat(2_500);
        var bytes = ICalendarExporter.export(new CalendarFeed("x", List.of(entry(title, description))),
                Instant.now());

        var text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("\uFFFD");
        for (var line : text.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(text.lines().filter(l -> l.startsWith(" ")).count()).isGreaterThan(10);
        var event = parse(text).getEvents().get(0);
        assertThat(event.getSummary().getValue()).isEqualTo(title);
        assertThat(event.getDescription().getValue()).isEqualTo(description);
    }

    @Test
    void an_entry_without_end_is_a_moment_and_control_characters_are_dropped() {
        var moment = new CalendarEntry("slot-2@journees.fr", 0, DAY, LocalTime.of(16, 30), null,
                "Fin\u0000 de la journée\u0007", null, null, null, false);
        var event = parse(export(moment)).getEvents().get(0);

        assertThat(event.getSummary().getValue()).isEqualTo("Fin de la journée");
        assertThat(event.getDateEnd()).isNull();
        assertThat(event.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2024-10-03T14:30:00Z"));
    }
}
