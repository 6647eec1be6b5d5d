package fr.journees.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.HtmlUtils;

import fr.journees.chantier.ChantierService;
import fr.journees.chantier.SheetContent;
import fr.journees.mail.MailService;
import fr.journees.mail.OutgoingMail;
import fr.journees.registration.OpenDay;
import fr.journees.registration.PersonalDataExport;
import fr.journees.registration.RegistrationService;
import fr.journees.registration.RegistrationStatus;
import fr.journees.security.AccountService;
import fr.journees.security.NewAccount;
import fr.journees.security.Roles;
import fr.journees.support.JourneesSpringTest;
import jakarta.validation.ConstraintViolationException;

/** An organiser finds a person by e-mail on every day, exports what is held, and erases it everywhere. */
@JourneesSpringTest
@Tag("database")
class PersonErasureTest {

    static final String ORGANISER = "orga@journees.test";

    @Autowired PeopleData people;
    @Autowired RegistrationService registrations;
    @Autowired ChantierService chantier;
    @Autowired MailService mails;
    @Autowired AccountService accounts;
    @Autowired PrivacyService privacy;
    @Autowired PersonalTraces traces;
    @Autowired OpenDay days;

    final List<Long> created = new ArrayList<>();

    @AfterEach
    void removeTheDays() {
        created.forEach(days::remove);
    }

    @Test
    void erasing_a_person_everywhere_frees_their_places_and_leaves_nothing_of_them_in_any_column_of_any_table() {
        var email = "maialen.efface@example.test";
        long full = day("efface-a", 1);
        long other = day("efface-b", null);
        var first = registrations.register(full, RetentionJobTest.person("Maialen", "Maialen.Efface@Example.test",
                null, null));
        var second = registrations.register(other, RetentionJobTest.person("Maialen", email, null, null));
        var waiting = registrations.register(full, OpenDay.person("Ekhi", "ekhi.attend@example.test", null, null));
        assertThat(waiting.status()).isEqualTo(RegistrationStatus.WAITLISTED);
        registrations.resendLink(other, email);
        mails.queue(new OutgoingMail(email, "Votre question sur la journée", "Bonjour Maialen", null, null, null, null));
        long sheet = sheetSignedBy(other, "  " + email.toUpperCase() + " ");
        var signed = chantier.load(ORGANISER, sheet);
        chantier.saveDraft(ORGANISER, sheet, signed.version(), signed.content().withAuthors(email));
        var codes = List.of(first.view().checkinCode(), second.view().checkinCode());
        assertThat(traces.of(email)).isNotEmpty();

        var done = people.erase(ORGANISER, " MAIALEN.efface@example.test ", "Demande écrite de " + email + " le 12/11");

        assertThat(done.registrations()).isEqualTo(2);
        assertThat(done.mails()).isEqualTo(4);
        assertThat(done.fiches()).isEqualTo(1);
        assertThat(registrations.byToken(waiting.token()).orElseThrow().status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(chantier.load(ORGANISER, sheet).content().authors()).isEqualTo(PeopleData.ERASED_AUTHOR);
        for (var trace : List.of(email, "Maialen", first.token(), second.token(), "Asso Maialen", "Sans gluten Maialen",
                "Fauteuil Maialen", codes.get(0), codes.get(1))) {
            assertThat(traces.of(trace)).as(trace).isEmpty();
        }
        assertThat(people.find(email).nothing()).isTrue();
        var logged = privacy.logPage(0, 5).stream().filter(e -> e.action() == PrivacyAction.PERSON_ERASURE)
                .findFirst().orElseThrow();
        assertThat(logged.actor()).isEqualTo(ORGANISER);
        assertThat(logged.reason()).isEqualTo("Demande écrite de [adresse effacée] le 12/11");
        assertThat(List.of(logged.registrations(), logged.mails(), logged.fiches()))
                .containsExactly(2, done.mails(), 1);
    }

    @Test
    void an_erasure_without_a_reason_is_refused_and_erases_nothing() {
        long event = day("sans-motif", null);
        var kept = registrations.register(event, OpenDay.person("Unai", "unai.garde@example.test", null, null));

        assertThatThrownBy(() -> people.erase(ORGANISER, "unai.garde@example.test", "   "))
                .isInstanceOf(ConstraintViolationException.class);

        assertThat(registrations.byToken(kept.token())).isPresent();
    }

    @Test
    void the_export_holds_every_registration_mail_fiche_and_the_account_of_that_address() {
        var email = "irati.tout@example.test";
        long a = day("export-a", null);
        long b = day("export-b", null);
        registrations.register(a, RetentionJobTest.person("Irati", email, null, null));
        registrations.register(b, RetentionJobTest.person("Iratxe", email, null, null));
        mails.queue(new OutgoingMail(email, "Réponse à Irati", "Texte de la réponse", null, null, null, null));
        sheetSignedBy(b, email);
        long account = accounts.create(new NewAccount(email, "Irati Animatrice", Set.of(Roles.FACILITATOR), false),
                "un-mot-de-passe-long");
        try {
            var held = people.export(ORGANISER, "  IRATI.Tout@Example.TEST ");

            var json = new String(PersonalDataExport.json(held.asMap()), StandardCharsets.UTF_8);
            var html = new String(PersonalDataExport.html(held.asMap()), StandardCharsets.UTF_8);
            assertThat(held.registrations()).hasSize(2);
            var expected = new ArrayList<>(List.of(email, "Irati", "Iratxe", "Zubiburu", "06 12 34 56 78", "Asso Irati",
                    "Asso Iratxe", "Sans gluten Irati", "Fauteuil Iratxe", "Réponse à Irati", "Texte de la réponse",
                    "Irati Animatrice", "Groupe du jour " + b));
            held.registrations().forEach(r -> {
                expected.add(r.dayTitle());
                expected.add(r.data().registration().checkinCode());
                expected.add(r.data().registration().token());
                r.data().mails().forEach(m -> expected.add(m.subject()));
            });
            for (var value : expected) {
                assertThat(json).as(value).contains(value);
                assertThat(html).as(value).contains(HtmlUtils.htmlEscape(value, "UTF-8"));
            }
            assertThat(html).contains("Inscriptions · Registrations (2)", "Fiches chantier · Project sheets (1)",
                    "Compte · Account");
            var logged = privacy.logPage(0, 5).stream().filter(e -> e.action() == PrivacyAction.PERSON_EXPORT)
                    .findFirst().orElseThrow();
            assertThat(logged.registrations()).isEqualTo(2);
            assertThat(logged.fiches()).isEqualTo(1);
            assertThat(traces.of(email)).doesNotContain("privacy_log.actor", "privacy_log.reason");
        } finally {
            accounts.setEnabled(ORGANISER, account, accounts.summary(account).orElseThrow().version(), false);
            accounts.anonymise(ORGANISER, account, accounts.summary(account).orElseThrow().version());
            people.erase(ORGANISER, email, "Fin du test");
        }
    }

    private long day(String name, Integer capacity) {
        long id = days.create(name, capacity);
        created.add(id);
        return id;
    }

    /** A sheet of a new workshop of that day whose author line is {@code authors}. */
    private long sheetSignedBy(long event, String authors) {
        long workshop = days.workshop(event, "Atelier " + event, null);
        long sheet = chantier.create(ORGANISER, workshop, "Groupe du jour " + event);
        var content = chantier.load(ORGANISER, sheet);
        chantier.save(ORGANISER, sheet, content.version(), content.content().withAuthors(authors));
        return sheet;
    }
}
