package fr.journees.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.journees.mail.MailService;
import fr.journees.registration.LostLinkRequests.Answer;
import fr.journees.support.JourneesSpringTest;

/** "Lien perdu": no mail-bombing, and the same answer in the same time whether or not the e-mail is registered. */
@Tag("database")
@JourneesSpringTest
class LostLinkRequestsTest {

    private static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired OpenDay days;
    @Autowired RegistrationService registrations;
    @Autowired LostLinkRequests lostLinks;
    @Autowired MailService mails;

    long eventId;
    final List<Long> created = new ArrayList<>();

    @BeforeEach
    void anOpenDay() {
        eventId = days.create("lienperdu", 100);
        created.add(eventId);
    }

    @AfterEach
    void removeIt() {
        created.forEach(days::remove);
    }

    @Test
    void fifteen_clicks_send_three_mails_and_the_address_is_stopped_after_ten() throws Exception {
        var me = registrations.register(eventId, OpenDay.person("Amaia", "amaia.lost@exemple.fr", null, null));
        int before = mails.forRegistration(me.id()).size();
        var address = address();

        var answers = new ArrayList<Answer>();
        for (int i = 0; i < 15; i++) {
            answers.add(lostLinks.request(eventId, "Amaia.Lost@exemple.fr ", address));
        }
        lostLinks.awaitSent(Duration.ofSeconds(10));

        assertThat(answers.subList(0, 10)).containsOnly(Answer.ACCEPTED);
        assertThat(answers.subList(10, 15)).containsOnly(Answer.TOO_MANY);
        assertThat(mails.forRegistration(me.id()).size() - before).isEqualTo(3);
        // Another address is not stopped, and the e-mail gets no more mail this hour either way.
        assertThat(lostLinks.request(eventId, "amaia.lost@exemple.fr", address())).isEqualTo(Answer.ACCEPTED);
        lostLinks.awaitSent(Duration.ofSeconds(10));
        assertThat(mails.forRegistration(me.id()).size() - before).isEqualTo(3);
    }

    @Test
    void the_mail_leaves_after_the_answer_not_during_it() throws Exception {
        var me = registrations.register(eventId, OpenDay.person("Peio", "peio.lost@exemple.fr", null, null));
        int before = mails.forRegistration(me.id()).size();

        assertThat(lostLinks.request(eventId, "peio.lost@exemple.fr", address())).isEqualTo(Answer.ACCEPTED);
        lostLinks.awaitSent(Duration.ofSeconds(10));

        assertThat(mails.forRegistration(me.id()).size() - before).isEqualTo(1);
    }

    @Test
    void a_known_and_an_unknown_e_mail_are_answered_in_the_same_time() {
        for (int i = 0; i < 12; i++) {
            registrations.register(eventId, OpenDay.person("P" + i, "known" + i + ".lost@exemple.fr", null, null));
        }
        for (int warm = 0; warm < 5; warm++) {
            lostLinks.request(eventId, "warm" + warm + "@exemple.fr", address());
        }
        var known = new long[12];
        var unknown = new long[12];
        for (int i = 0; i < 12; i++) {
            int n = i;
            known[i] = time(() -> lostLinks.request(eventId, "known" + n + ".lost@exemple.fr", address()));
            unknown[i] = time(() -> lostLinks.request(eventId, "unknown" + n + ".lost@exemple.fr", address()));
        }
        // Before the fix the known e-mail took about twice as long (the lookup and the mail were in the answer).
        assertThat(median(known)).isLessThan(median(unknown) * 3 / 2 + 5_000_000L);
    }

    private static long time(Runnable action) {
        long start = System.nanoTime();
        action.run();
        return System.nanoTime() - start;
    }

    private static long median(long[] values) {
        var sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String address() {
        int n = NEXT.incrementAndGet();
        return "192.0.2." + (1 + n % 250) + "-" + n;
    }
}
