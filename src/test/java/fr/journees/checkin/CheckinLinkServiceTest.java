package fr.journees.checkin;

import static fr.journees.db.Tables.CHECKIN_LINK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.journees.registration.OpenDay;
import fr.journees.support.JourneesSpringTest;

@JourneesSpringTest
@Tag("database")
class CheckinLinkServiceTest {

    @Autowired CheckinLinkService links;
    @Autowired OpenDay days;
    @Autowired DSLContext dsl;

    long eventId;

    @BeforeEach
    void aDay() {
        eventId = days.create("lien", null);
    }

    @AfterEach
    void removeIt() {
        days.remove(eventId);
    }

    @Test
    void a_day_has_no_link_until_an_organiser_opens_one_which_keeps_only_a_hash_and_dies_at_midnight() {
        assertThat(links.link(eventId)).isEmpty();

        var secret = links.open(eventId, "orga@journees.test");

        assertThat(links.eventOf(secret)).contains(eventId);
        assertThat(links.url(secret)).endsWith("/porte/" + secret);
        var stored = dsl.selectFrom(CHECKIN_LINK).where(CHECKIN_LINK.EVENT_ID.eq(eventId)).fetchSingle();
        assertThat(stored.getSecretHash()).hasSize(64).isNotEqualTo(secret).doesNotContain(secret);
        var day = dsl.select(fr.journees.db.Tables.EVENT.EVENT_DATE).from(fr.journees.db.Tables.EVENT)
                .where(fr.journees.db.Tables.EVENT.ID.eq(eventId)).fetchSingle().value1();
        assertThat(stored.getExpiresAt()).isEqualTo(day.plusDays(1).atStartOfDay());
    }

    @Test
    void a_revoked_a_replaced_or_an_expired_link_opens_nothing() {
        var first = links.open(eventId, "orga");
        var second = links.open(eventId, "orga");

        assertThat(links.eventOf(first)).as("replaced").isEmpty();
        assertThat(links.eventOf(second)).contains(eventId);

        dsl.update(CHECKIN_LINK).set(CHECKIN_LINK.EXPIRES_AT, LocalDateTime.now().minusSeconds(1))
                .where(CHECKIN_LINK.EVENT_ID.eq(eventId)).execute();
        assertThat(links.eventOf(second)).as("expired").isEmpty();
        assertThat(links.link(eventId).orElseThrow().expired(LocalDateTime.now())).isTrue();

        var third = links.open(eventId, "orga");
        assertThat(links.revoke(eventId)).isTrue();
        assertThat(links.eventOf(third)).as("revoked").isEmpty();
        assertThat(links.eventOf("not a secret")).isEmpty();
        assertThat(links.eventOf(null)).isEmpty();
    }

    @Test
    void no_link_can_be_opened_for_a_day_that_is_over() {
        var bayonne = dsl.select(fr.journees.db.Tables.EVENT.ID).from(fr.journees.db.Tables.EVENT)
                .where(fr.journees.db.Tables.EVENT.SLUG.eq("visite-bayonne-2024")).fetchSingle().value1();

        assertThatThrownBy(() -> links.open(bayonne, "orga")).isInstanceOf(CheckinLinkService.DayIsOver.class);
        assertThat(links.link(bayonne)).isEmpty();
    }
}
