package fr.journees.privacy;

import static fr.journees.db.Tables.EVENT;
import static fr.journees.db.Tables.MAIL_OUTBOX;
import static fr.journees.db.Tables.REGISTRATION;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.journees.base.jobs.JobLease;
import fr.journees.itinerary.ItineraryColour;
import fr.journees.registration.OpenDay;
import fr.journees.registration.RegistrationRequest;
import fr.journees.registration.RegistrationService;
import fr.journees.support.JourneesSpringTest;

/**
 * The retention job on MariaDB. The test days are put in 1990 and the job is run "in" 1990, so that the
 * other days of the shared database (the demo day of 2024, the tests' coming days) are never due.
 */
@JourneesSpringTest
@Tag("database")
class RetentionJobTest {

    static final LocalDate TODAY = LocalDate.of(1990, 8, 1);

    @Autowired RetentionJob job;
    @Autowired RegistrationService registrations;
    @Autowired PrivacyService privacy;
    @Autowired PersonalTraces traces;
    @Autowired JobLease lease;
    @Autowired OpenDay days;
    @Autowired DSLContext dsl;

    final List<Long> created = new ArrayList<>();

    @AfterEach
    void removeTheDays() {
        created.forEach(days::remove);
    }

    private long dayWithPeople(String name, String prefix) {
        long event = days.create(name, 2);
        created.add(event);
        long green = days.itinerary(event, "Vert", ItineraryColour.GREEN, 10);
        long workshop = days.workshop(event, "Médiation", 10);
        var confirmed = registrations.register(event, person(prefix + "Amaia", prefix + "amaia@example.test", green, workshop));
        registrations.register(event, person(prefix + "Beñat", prefix + "benat@example.test", green, null));
        var waiting = registrations.register(event, person(prefix + "Ttotte", prefix + "ttotte@example.test", null, null));
        registrations.cancel(waiting.token());
        dsl.update(REGISTRATION).set(REGISTRATION.CHECKED_IN_AT, LocalDateTime.of(1990, 1, 1, 9, 30))
                .set(REGISTRATION.CHECKED_IN_BY, "orga@journees.test")
                .where(REGISTRATION.ID.eq(confirmed.id())).execute();
        return event;
    }

    static RegistrationRequest person(String first, String email, Long itinerary, Long workshop) {
        return new RegistrationRequest(first, "Zubiburu", email, "06 12 34 56 78", "Asso " + first, "Médiatrice",
                "Pays basque", itinerary, workshop, true, "Sans gluten " + first, "Fauteuil " + first, true, true, "fr",
                null, null);
    }

    private void heldOn(long event, LocalDate date) {
        dsl.update(EVENT).set(EVENT.EVENT_DATE, date).where(EVENT.ID.eq(event)).execute();
    }

    /** What the funders' report counts of a day: status, presence, territory, parcours, atelier. */
    private List<List<Object>> reportCounts(long event) {
        return dsl.select(REGISTRATION.STATUS, DSL.field(REGISTRATION.CHECKED_IN_AT.isNotNull()),
                        REGISTRATION.NO_SHOW_AT, REGISTRATION.TERRITORY, REGISTRATION.ASSIGNED_ITINERARY_ID,
                        REGISTRATION.ASSIGNED_WORKSHOP_ID, REGISTRATION.LUNCH, DSL.count())
                .from(REGISTRATION).where(REGISTRATION.EVENT_ID.eq(event))
                .groupBy(REGISTRATION.STATUS, DSL.field(REGISTRATION.CHECKED_IN_AT.isNotNull()), REGISTRATION.NO_SHOW_AT,
                        REGISTRATION.TERRITORY, REGISTRATION.ASSIGNED_ITINERARY_ID, REGISTRATION.ASSIGNED_WORKSHOP_ID,
                        REGISTRATION.LUNCH)
                .orderBy(REGISTRATION.STATUS, REGISTRATION.ASSIGNED_ITINERARY_ID, REGISTRATION.ASSIGNED_WORKSHOP_ID)
                .fetch(r -> Arrays.asList(r.intoArray()));
    }

    @Test
    void anonymises_a_day_seven_months_old_and_keeps_one_five_months_old_and_a_second_run_changes_nothing() {
        job.run(TODAY); // whatever other tests left due in the shared database goes first, so this run counts ours
        long old = dayWithPeople("ancienne", "old");
        long recent = dayWithPeople("recente", "new");
        heldOn(old, TODAY.minusMonths(7));
        heldOn(recent, TODAY.minusMonths(5));
        var countsBefore = reportCounts(old);
        var tokensBefore = dsl.select(REGISTRATION.TOKEN).from(REGISTRATION).where(REGISTRATION.EVENT_ID.eq(old))
                .fetch(REGISTRATION.TOKEN);
        assertThat(dsl.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.EVENT_ID.eq(old))).isPositive();
        var recentBefore = dsl.selectFrom(REGISTRATION).where(REGISTRATION.EVENT_ID.eq(recent)).orderBy(REGISTRATION.ID).fetch();

        var first = job.run(TODAY).orElseThrow();

        assertThat(first.registrations()).isEqualTo(3);
        assertThat(first.days()).isEqualTo(1);
        assertThat(first.mails()).isPositive();
        assertThat(reportCounts(old)).containsExactlyInAnyOrderElementsOf(countsBefore);
        for (var who : List.of("oldamaia", "oldbenat", "oldttotte", "Asso old", "Sans gluten old", "Fauteuil old")) {
            assertThat(traces.of(who)).as(who).isEmpty();
        }
        assertThat(traces.of("newamaia@example.test")).contains("registration.email", "mail_outbox.recipient");
        var rows = dsl.selectFrom(REGISTRATION).where(REGISTRATION.EVENT_ID.eq(old)).orderBy(REGISTRATION.ID).fetch();
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.getFirstName()).isEmpty();
            assertThat(r.getLastName()).isEmpty();
            assertThat(r.getEmail()).startsWith("anonymised-").doesNotContain("@");
            assertThat(r.getPhone()).isNull();
            assertThat(r.getDietaryNeeds()).isNull();
            assertThat(r.getAccessibilityNeeds()).isNull();
            assertThat(r.getCheckedInBy()).isNull();
            assertThat(r.getCheckinCode()).isNull();
            assertThat(r.getToken()).hasSizeGreaterThanOrEqualTo(22).isNotIn(tokensBefore);
            assertThat(r.getTerritory()).isEqualTo("Pays basque");
            assertThat(r.getAnonymisedAt()).isNotNull();
        });
        tokensBefore.forEach(t -> assertThat(registrations.byToken(t)).isEmpty());
        assertThat(dsl.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.EVENT_ID.eq(old))).isZero();
        assertThat(dsl.selectFrom(REGISTRATION).where(REGISTRATION.EVENT_ID.eq(recent)).orderBy(REGISTRATION.ID).fetch()).isEqualTo(recentBefore);

        var second = job.run(TODAY).orElseThrow();

        assertThat(second.changedNothing()).isTrue();
        assertThat(dsl.selectFrom(REGISTRATION).where(REGISTRATION.EVENT_ID.eq(old)).orderBy(REGISTRATION.ID).fetch()).isEqualTo(rows);
        assertThat(reportCounts(old)).containsExactlyInAnyOrderElementsOf(countsBefore);
        assertThat(privacy.lastRetentionRun()).hasValueSatisfying(run -> {
            assertThat(run.action()).isEqualTo(PrivacyAction.RETENTION_RUN);
            assertThat(run.registrations()).isZero();
        });
        assertThat(privacy.log(old, 50)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(PrivacyAction.ANONYMISED_DAY);
            assertThat(e.registrations()).isEqualTo(3);
        });
    }

    @Test
    void a_day_given_a_longer_retention_waits_for_it() {
        long old = dayWithPeople("longue", "long");
        heldOn(old, TODAY.minusMonths(7));
        privacy.save(old, new PrivacySettings("dpo@example.test", 12, 0));

        assertThat(privacy.daysDue(TODAY)).doesNotContain(old);
        assertThat(privacy.daysDue(TODAY.plusMonths(5).plusDays(1))).contains(old);
        assertThat(privacy.anonymisedFrom(old)).contains(TODAY.minusMonths(7).plusMonths(12).plusDays(1));
        assertThat(privacy.nextDue(TODAY)).hasValueSatisfying(d -> assertThat(d).isAfter(TODAY));
    }

    @Test
    void does_nothing_while_another_node_holds_the_lease() {
        long old = dayWithPeople("verrou", "lease");
        heldOn(old, TODAY.minusMonths(7));
        var otherNode = fr.journees.base.jobs.OtherNode.lease(dsl);
        assertThat(otherNode.tryTake(RetentionJob.JOB, Duration.ofMinutes(5))).isTrue();
        try {
            assertThat(job.run(TODAY)).isEmpty();
            assertThat(traces.of("leaseamaia@example.test")).isNotEmpty();
        } finally {
            otherNode.release(RetentionJob.JOB);
        }
        assertThat(job.run(TODAY)).hasValueSatisfying(r -> assertThat(r.registrations()).isEqualTo(3));
        assertThat(lease.tryTake(RetentionJob.JOB, Duration.ofSeconds(1))).isTrue();
        lease.release(RetentionJob.JOB);
    }
}
