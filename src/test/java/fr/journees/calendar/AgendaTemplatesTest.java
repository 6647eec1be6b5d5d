package fr.journees.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class AgendaTemplatesTest {

    private static final Instant NOW = Instant.parse("2024-09-01T10:00:00Z");
    private static final AgendaTemplates.Key GREEN = new AgendaTemplates.Key(1, "s1", "fr", false, 7L, null);

    private final AgendaTemplates templates = new AgendaTemplates();
    private final AtomicInteger written = new AtomicInteger();

    /** An agenda whose long description holds the link, so that folding falls inside or after it. */
    private String write(String link, Instant stamp) {
        written.incrementAndGet();
        var entry = new CalendarEntry("stop-1@journees.fr", 2, LocalDate.of(2024, 10, 3), LocalTime.of(9, 0),
                LocalTime.of(9, 40), "Étape 1 · Médiathèque", "Départ du parvis, café offert à l'arrivée. "
                + "Votre inscription : " + link, "Médiathèque, Bayonne", link, false);
        return ICalendarExporter.unfolded(new CalendarFeed("Journée", List.of(entry)), stamp);
    }

    private String agenda(AgendaTemplates.Key key, String link, Instant now) {
        return new String(templates.agenda(key, link, now, this::write), StandardCharsets.UTF_8);
    }

    private static String whole(String link, Instant stamp) {
        return new String(ICalendarExporter.export(new CalendarFeed("Journée", List.of(new CalendarEntry(
                "stop-1@journees.fr", 2, LocalDate.of(2024, 10, 3), LocalTime.of(9, 0), LocalTime.of(9, 40),
                "Étape 1 · Médiathèque", "Départ du parvis, café offert à l'arrivée. Votre inscription : " + link,
                "Médiathèque, Bayonne", link, false))), stamp), StandardCharsets.UTF_8);
    }

    @Test
    void each_participant_of_a_group_gets_the_agenda_written_whole_for_their_link_from_one_template() {
        var amaia = "https://journees.example.fr/r/Q2hhbWJyZS1kZS1jb21tZXJjZQ";
        var benat = "http://localhost:8080/r/x";

        assertThat(agenda(GREEN, amaia, NOW)).isEqualTo(whole(amaia, NOW));
        assertThat(agenda(GREEN, benat, NOW.plusSeconds(5))).isEqualTo(whole(benat, NOW));
        assertThat(written).hasValue(1);
        assertThat(agenda(GREEN, benat, NOW)).doesNotContain(amaia).contains("URL:" + benat);
    }

    @Test
    void another_group_language_or_version_of_the_day_gets_its_own_template() {
        var link = "https://journees.example.fr/r/abc";
        agenda(GREEN, link, NOW);
        agenda(new AgendaTemplates.Key(1, "s1", "fr", false, 8L, null), link, NOW);
        agenda(new AgendaTemplates.Key(1, "s1", "en", false, 7L, null), link, NOW);
        agenda(new AgendaTemplates.Key(1, "s2", "fr", false, 7L, null), link, NOW);
        agenda(new AgendaTemplates.Key(1, "s1", "fr", true, 7L, null), link, NOW);

        assertThat(written).hasValue(5);
    }

    @Test
    void a_template_older_than_its_lifetime_is_written_again_with_the_time_of_writing() {
        var link = "https://journees.example.fr/r/abc";
        agenda(GREEN, link, NOW);
        var later = NOW.plus(AgendaTemplates.LIFETIME).plusSeconds(1);

        assertThat(agenda(GREEN, link, later)).isEqualTo(whole(link, later)).contains("DTSTAMP:20240901T100101Z");
        assertThat(written).hasValue(2);
    }

    @Test
    void a_link_with_a_character_a_text_value_escapes_is_written_whole() {
        var odd = "https://journees.example.fr/r/a,b;c";

        assertThat(agenda(GREEN, odd, NOW)).isEqualTo(whole(odd, NOW));
        assertThat(agenda(GREEN, odd, NOW)).contains("a\\,b\\;c");
        assertThat(written).hasValue(2);
    }
}
