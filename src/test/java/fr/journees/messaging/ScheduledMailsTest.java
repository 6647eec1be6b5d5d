package fr.journees.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.transaction.PlatformTransactionManager;

import fr.journees.base.jobs.JobLease;
import fr.journees.calendar.CalendarService;
import fr.journees.event.EventService;
import fr.journees.mail.MailService;
import fr.journees.mail.OutboxMail;
import fr.journees.registration.AttendanceService;
import fr.journees.registration.OpenDay;
import fr.journees.registration.PersonalLinks;
import fr.journees.registration.RegistrationService;
import fr.journees.support.JourneesSpringTest;

/** The reminder and the thank-you: due on the right days, to the right people, once whatever runs them. */
@JourneesSpringTest
@Tag("database")
class ScheduledMailsTest {

    @Autowired OpenDay days;
    @Autowired RegistrationService registrations;
    @Autowired AttendanceService attendance;
    @Autowired ScheduledMailsService scheduled;
    @Autowired ScheduledMailsJob job;
    @Autowired MailService mails;
    @Autowired EventService events;
    @Autowired JobLease lease;
    // What a second node (or the same one after a restart) is made of: its own service and job over the same database.
    @Autowired ScheduledMailsRepository repository;
    @Autowired CalendarService calendars;
    @Autowired PersonalLinks links;
    @Autowired MessageMails messageMails;
    @Autowired MessageSource messages;
    @Autowired PlatformTransactionManager transactions;

    final List<Long> created = new ArrayList<>();
    long eventId;
    LocalDate date;
    String amaia;
    String benat;
    String ane;

    @BeforeEach
    void aDayWithTwoConfirmedAndACancelled() {
        eventId = days.create("rappel", null);
        created.add(eventId);
        date = events.details(eventId).orElseThrow().date();
        amaia = registrations.register(eventId, OpenDay.person("Amaia", "amaia.rappel@example.test", null, null)).token();
        benat = registrations.register(eventId, OpenDay.person("Beñat", "benat.rappel@example.test", null, null)).token();
        var cancelled = registrations.register(eventId, OpenDay.person("Ane", "ane.rappel@example.test", null, null));
        registrations.cancel(cancelled.token());
        ane = cancelled.token();
    }

    @AfterEach
    void removeTheDay() {
        created.reversed().forEach(days::remove);
    }

    private void switchOn(boolean reminder, boolean thanks, int daysBefore) {
        var stored = scheduled.schedule(eventId, Locale.FRENCH);
        var d = stored.settings();
        scheduled.save(eventId, stored.version(), new ScheduledMailSettings(reminder, daysBefore, d.reminderSubject(),
                d.reminderBody(), thanks, d.thanksSubject(), d.thanksBody()));
    }

    private List<OutboxMail> remindersOf(String token) {
        return mails.forRegistration(registrations.byToken(token).orElseThrow().id()).stream()
                .filter(m -> m.subject().startsWith("Rappel")).toList();
    }

    private List<OutboxMail> thanksOf(String token) {
        return mails.forRegistration(registrations.byToken(token).orElseThrow().id()).stream()
                .filter(m -> m.subject().startsWith("Merci")).toList();
    }

    private ScheduledMailsJob anotherNode() {
        var service = new ScheduledMailsService(repository, registrations, calendars, links, messageMails, messages,
                transactions);
        JobLease alwaysGranted = new JobLease() {
            @Override
            public boolean tryTake(String name, Duration duration) {
                return true;
            }

            @Override
            public void release(String name) {
            }
        };
        return new ScheduledMailsJob(service, events, alwaysGranted);
    }

    @Test
    void the_reminder_is_due_from_n_days_before_until_the_day_and_the_thanks_the_days_after() {
        var day = LocalDate.of(2026, 10, 3);
        assertThat(ScheduledMailsService.due(ScheduledMailKind.REMINDER, day, 2, day.minusDays(3))).isFalse();
        assertThat(ScheduledMailsService.due(ScheduledMailKind.REMINDER, day, 2, day.minusDays(2))).isTrue();
        assertThat(ScheduledMailsService.due(ScheduledMailKind.REMINDER, day, 2, day.minusDays(1))).isTrue();
        assertThat(ScheduledMailsService.due(ScheduledMailKind.REMINDER, day, 2, day)).isFalse();
        assertThat(ScheduledMailsService.due(ScheduledMailKind.THANKS, day, 2, day)).isFalse();
        assertThat(ScheduledMailsService.due(ScheduledMailKind.THANKS, day, 2, day.plusDays(1))).isTrue();
        assertThat(ScheduledMailsService.due(ScheduledMailKind.THANKS, day, 2, day.plusDays(15))).isFalse();
    }

    @Test
    void nothing_goes_while_switched_off() {
        assertThat(scheduled.schedule(eventId, Locale.FRENCH).saved()).isFalse();
        job.run(date.minusDays(2));
        switchOn(false, false, 2);
        anotherNode().run(date.minusDays(1));
        assertThat(remindersOf(amaia)).isEmpty();
    }

    @Test
    void a_reminder_is_sent_exactly_once_across_two_runs_a_restart_and_a_second_node() {
        switchOn(true, false, 2);

        var first = job.run(date.minusDays(3));
        assertThat(remindersOf(amaia)).as("three days before").isEmpty();
        job.run(date.minusDays(2));
        job.run(date.minusDays(2));
        anotherNode().run(date.minusDays(2));
        anotherNode().run(date.minusDays(1));

        assertThat(first).isPresent();
        assertThat(remindersOf(amaia)).hasSize(1);
        assertThat(remindersOf(benat)).hasSize(1);
        assertThat(remindersOf(ane)).as("cancelled").isEmpty();
        var reminder = remindersOf(amaia).getFirst();
        assertThat(reminder.text()).contains("Bonjour Amaia,", "de 9h00 à 16h30", "/r/" + amaia,
                "/r/" + amaia + "/agenda.ics").doesNotContain("{");
        assertThat(reminder.attachment().name()).isEqualTo("agenda.ics");
        assertThat(new String(reminder.attachment().content(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("BEGIN:VCALENDAR");
        assertThat(scheduled.sentCount(eventId, ScheduledMailKind.REMINDER)).isEqualTo(2);
    }

    @Test
    void two_nodes_running_at_the_same_moment_send_each_reminder_once() throws Exception {
        switchOn(true, false, 2);
        Callable<Integer> node = () -> anotherNode().run(date.minusDays(2)).orElse(0);
        try (var pool = Executors.newFixedThreadPool(4)) {
            var runs = pool.invokeAll(List.of(node, node, node, node));
            int queued = 0;
            for (var run : runs) {
                queued += run.get();
            }
            assertThat(queued).isEqualTo(2);
        }
        assertThat(remindersOf(amaia)).hasSize(1);
        assertThat(remindersOf(benat)).hasSize(1);
    }

    @Test
    void the_thanks_goes_the_day_after_to_those_checked_in_with_the_survey_link() {
        switchOn(false, true, 2);
        attendance.checkIn(eventId, registrations.byToken(amaia).orElseThrow().id(), "accueil@journees.test", "porte");

        anotherNode().run(date);
        assertThat(thanksOf(amaia)).isEmpty();
        job.run(date.plusDays(1));
        job.run(date.plusDays(2));

        assertThat(thanksOf(amaia)).singleElement().satisfies(m -> {
            assertThat(m.text()).contains(links.survey(amaia));
            assertThat(m.attachment()).isNull();
        });
        assertThat(thanksOf(benat)).as("absent").isEmpty();
    }

    @Test
    void a_stale_save_of_the_settings_is_a_conflict() {
        switchOn(true, false, 2);
        var stored = scheduled.schedule(eventId, Locale.FRENCH);
        scheduled.save(eventId, stored.version(), stored.settings());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> scheduled.save(eventId, stored.version(),
                stored.settings())).isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
    }

    @Test
    void on_a_day_where_nobody_was_checked_in_the_thanks_goes_to_every_confirmed_registrant() {
        switchOn(false, true, 2);
        job.run(date.plusDays(1));
        assertThat(thanksOf(amaia)).hasSize(1);
        assertThat(thanksOf(benat)).hasSize(1);
        assertThat(thanksOf(ane)).isEmpty();
    }

    @Test
    void a_duplicated_day_keeps_the_texts_and_switches_but_not_what_was_sent() {
        switchOn(true, false, 3);
        job.run(date.minusDays(2));
        long copy = events.duplicate(eventId, "rappel-copie-" + System.nanoTime(), "Copie du rappel", date.plusDays(7));
        created.add(copy);

        var copied = scheduled.schedule(copy, Locale.FRENCH);
        assertThat(copied.saved()).isTrue();
        assertThat(copied.settings().reminderEnabled()).isTrue();
        assertThat(copied.settings().reminderDaysBefore()).isEqualTo(3);
        assertThat(scheduled.sentCount(copy, ScheduledMailKind.REMINDER)).isZero();
    }
}
