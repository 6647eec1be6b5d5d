package fr.journees.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static fr.journees.db.Tables.ACCOUNT;

import java.util.Set;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.journees.checkin.CheckinLinkService;
import fr.journees.privacy.PersonalTraces;
import fr.journees.privacy.PrivacyAction;
import fr.journees.privacy.PrivacyLogEntry;
import fr.journees.privacy.PrivacyService;
import fr.journees.registration.AttendanceService;
import fr.journees.registration.OpenDay;
import fr.journees.registration.RegistrationService;
import fr.journees.support.JourneesSpringTest;

/** A facilitator leaves: their account is deactivated (no login, work kept), then anonymised. */
@Tag("database")
@JourneesSpringTest
class AccountDeactivationAndAnonymisationTest {

    static final String ORGANISER = "orga@journees.test";
    static final String PASSWORD = "Belle-journée-à-Bayonne";

    @LocalServerPort int port;
    @Autowired AccountService accounts;
    @Autowired PrivacyService privacy;
    @Autowired PersonalTraces traces;
    @Autowired DSLContext dsl;
    @Autowired OpenDay days;
    @Autowired RegistrationService registrations;
    @Autowired AttendanceService attendance;
    @Autowired CheckinLinkService checkinLinks;

    @Test
    void a_deactivated_account_cannot_log_in_over_http_and_can_again_once_reactivated() throws Exception {
        var email = "oihana.part" + System.nanoTime() + "@journees.test";
        long id = accounts.create(new NewAccount(email, "Oihana Partante", Set.of(Roles.FACILITATOR), false), PASSWORD);
        var form = new LoginForm(port);
        assertThat(form.login(email, PASSWORD, "198.51.100.31")).isEqualTo("/");

        accounts.setEnabled(ORGANISER, id, version(id), false);

        assertThat(form.login(email, PASSWORD, "198.51.100.32")).isEqualTo("/login?error");
        assertThat(lastActions(2)).contains(PrivacyAction.ACCOUNT_DISABLED);
        accounts.setEnabled(ORGANISER, id, version(id), true);
        assertThat(form.login(email, PASSWORD, "198.51.100.33")).isEqualTo("/");
    }

    @Test
    void an_anonymised_account_keeps_its_row_but_nothing_of_the_person_and_never_logs_in_again() throws Exception {
        var email = "peio.anonyme" + System.nanoTime() + "@journees.test";
        var name = "Peio Anonymisé " + System.nanoTime();
        long id = accounts.create(new NewAccount(email, name, Set.of(Roles.FACILITATOR), false), PASSWORD);
        var form = new LoginForm(port);
        assertThat(form.login(email, "not-the-password", "198.51.100.41")).isEqualTo("/login?error");
        long day = days.create("accueil-anonyme", null);
        var arrived = registrations.register(day, OpenDay.person("Arrivée", "arrivee" + System.nanoTime()
                + "@example.test", null, null));
        attendance.checkIn(day, arrived.id(), email, "Entrée nord");
        checkinLinks.open(day, email);
        assertThatThrownBy(() -> accounts.anonymise(ORGANISER, id, version(id)))
                .isInstanceOfSatisfying(AccountChangeRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(AccountChangeRefused.Reason.STILL_ENABLED));
        accounts.setEnabled(ORGANISER, id, version(id), false);

        accounts.anonymise(ORGANISER, id, version(id));

        var row = dsl.selectFrom(ACCOUNT).where(ACCOUNT.ID.eq(id)).fetchSingle();
        assertThat(row.getPasswordHash()).isEmpty();
        assertThat(row.getEnabled()).isFalse();
        assertThat(row.getAnonymisedAt()).isNotNull();
        assertThat(accounts.summary(id).orElseThrow().anonymised()).isTrue();
        assertThat(traces.of(email)).isEmpty();
        assertThat(traces.of(name)).isEmpty();
        assertThat(form.login(email, PASSWORD, "198.51.100.42")).isEqualTo("/login?error");
        assertThat(form.login(row.getEmail(), "", "198.51.100.43")).isEqualTo("/login?error");
        assertThatThrownBy(() -> accounts.setEnabled(ORGANISER, id, version(id), true))
                .isInstanceOfSatisfying(AccountChangeRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(AccountChangeRefused.Reason.ANONYMISED));
        assertThat(lastActions(3)).containsSubsequence(PrivacyAction.ACCOUNT_ANONYMISED, PrivacyAction.ACCOUNT_DISABLED);
        assertThat(privacy.logPage(0, 1).getFirst().actor()).isEqualTo(ORGANISER);
        days.remove(day);
    }

    @Test
    void the_last_active_organiser_cannot_be_deactivated() {
        long only = accounts.idOf(ORGANISER).orElseThrow();
        var others = dsl.select(ACCOUNT.ID).from(ACCOUNT).where(ACCOUNT.ID.ne(only), ACCOUNT.ENABLED.isTrue())
                .fetch(ACCOUNT.ID).stream().filter(id -> accounts.summary(id).orElseThrow().hasRole(Roles.ORGANISER))
                .toList();
        others.forEach(id -> accounts.setEnabled(ORGANISER, id, version(id), false));
        try {
            assertThatThrownBy(() -> accounts.setEnabled("someone.else@journees.test", only, version(only), false))
                    .isInstanceOfSatisfying(AccountChangeRefused.class, refused ->
                            assertThat(refused.reason()).isEqualTo(AccountChangeRefused.Reason.LAST_ORGANISER));
            assertThat(accounts.summary(only).orElseThrow().enabled()).isTrue();
        } finally {
            others.forEach(id -> accounts.setEnabled(ORGANISER, id, version(id), true));
        }
    }

    private int version(long id) {
        return accounts.summary(id).orElseThrow().version();
    }

    private java.util.List<PrivacyAction> lastActions(int n) {
        return privacy.logPage(0, n).stream().map(PrivacyLogEntry::action).toList();
    }
}
