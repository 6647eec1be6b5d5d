package fr.journees.directory;

import static fr.journees.db.Tables.ACCOUNT;
import static fr.journees.db.Tables.EVENT;
import static fr.journees.db.Tables.EVENT_ORGANISATION;
import static fr.journees.db.Tables.FUNDER;
import static fr.journees.db.Tables.INITIATIVE;
import static fr.journees.db.Tables.ITINERARY;
import static fr.journees.db.Tables.ITINERARY_GUIDE;
import static fr.journees.db.Tables.ITINERARY_STOP;
import static fr.journees.db.Tables.PLACE_FACT;
import static fr.journees.db.Tables.PROGRAMME_ITEM;
import static fr.journees.db.Tables.STOP_SPEAKER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.annotation.Transactional;

import fr.journees.support.JourneesSpringTest;
import jakarta.validation.ConstraintViolationException;

@JourneesSpringTest
@Tag("database")
@Transactional
class DirectoryServiceTest {

    @Autowired DirectoryService directory;
    @Autowired DSLContext dsl;

    final String token = "zq" + UUID.randomUUID().toString().substring(0, 8);

    // Organisations

    @Test
    void creates_reads_updates_and_deletes_an_organisation() {
        long id = directory.createOrganisation(organisation("Centre social " + token));
        var created = directory.organisation(id).orElseThrow();
        assertThat(created.version()).isZero();
        assertThat(created.draft()).isEqualTo(organisation("Centre social " + token));

        var changed = new OrganisationDraft("Centre social des Hauts " + token, OrganisationKind.LOCAL_AUTHORITY,
                "Bayonne", "Léa Etcheverry", "lea@example.org", "05 59 00 00 00", "1 rue Marengo, Bayonne",
                "https://example.org", "Accueil et médiation numérique");
        directory.updateOrganisation(id, 0, changed);
        var updated = directory.organisation(id).orElseThrow();
        assertThat(updated.version()).isEqualTo(1);
        assertThat(updated.draft()).isEqualTo(changed);

        directory.deleteOrganisation(id, 1);
        assertThat(directory.organisation(id)).isEmpty();
    }

    @Test
    void refuses_a_stale_update_of_an_organisation_and_keeps_the_other_persons_version() {
        long id = directory.createOrganisation(organisation("Médiathèque " + token));
        var first = new OrganisationDraft("Médiathèque " + token, OrganisationKind.LOCAL_AUTHORITY, "Anglet",
                null, null, null, null, null, null);
        directory.updateOrganisation(id, 0, first);
        var second = new OrganisationDraft("Médiathèque " + token, OrganisationKind.LOCAL_AUTHORITY, "Biarritz",
                null, null, null, null, null, null);
        assertThatThrownBy(() -> directory.updateOrganisation(id, 0, second))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(directory.organisation(id).orElseThrow().draft().territory()).isEqualTo("Anglet");
    }

    @Test
    void refuses_to_delete_an_organisation_changed_since_it_was_read() {
        long id = directory.createOrganisation(organisation("Ludothèque " + token));
        directory.updateOrganisation(id, 0, organisation("Ludothèque du quartier " + token));
        assertThatThrownBy(() -> directory.deleteOrganisation(id, 0))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(directory.organisation(id)).isPresent();
    }

    @Test
    void refuses_a_second_organisation_whose_name_differs_only_by_case_and_accents() {
        directory.createOrganisation(organisation("Régie de quartier " + token));
        assertThatThrownBy(() -> directory.createOrganisation(organisation("REGIE DE QUARTIER " + token)))
                .isInstanceOfSatisfying(DuplicateName.class,
                        duplicate -> assertThat(duplicate.name()).isEqualTo("REGIE DE QUARTIER " + token));
    }

    @Test
    void refuses_to_rename_an_organisation_to_the_name_of_another_but_keeps_its_own_name_on_update() {
        directory.createOrganisation(organisation("Espace de vie sociale " + token));
        long id = directory.createOrganisation(organisation("Tiers-lieu " + token));
        assertThatThrownBy(() -> directory.updateOrganisation(id, 0, organisation("Espace de vie sociale " + token)))
                .isInstanceOf(DuplicateName.class);
        directory.updateOrganisation(id, 0, new OrganisationDraft("Tiers-lieu " + token, OrganisationKind.COOPERATIVE,
                "Boucau", null, null, null, null, null, null));
        assertThat(directory.organisation(id).orElseThrow().draft().kind()).isEqualTo(OrganisationKind.COOPERATIVE);
    }

    @Test
    void refuses_an_organisation_without_a_name_or_with_a_malformed_email() {
        assertThatThrownBy(() -> directory.createOrganisation(organisation("  ")))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> directory.createOrganisation(new OrganisationDraft("Association " + token,
                OrganisationKind.ASSOCIATION, null, null, "pas-une-adresse", null, null, null, null)))
                .isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    void pages_organisations_matching_the_search_whatever_the_case_and_accents() {
        directory.createOrganisation(organisation("Éléonore Médiation " + token + " A"));
        directory.createOrganisation(organisation("Éléonore Médiation " + token + " B"));
        directory.createOrganisation(new OrganisationDraft("Autre structure " + token, OrganisationKind.OTHER,
                "Territoire de l'Eleonore mediation " + token, null, null, null, null, null, null));
        directory.createOrganisation(organisation("Sans rapport " + token));

        var filter = "eleonore MEDIATION " + token;
        assertThat(directory.countOrganisations(filter)).isEqualTo(3);
        assertThat(directory.organisationPage(filter, 0, 2)).extracting(OrganisationSummary::name)
                .containsExactly("Autre structure " + token, "Éléonore Médiation " + token + " A");
        assertThat(directory.organisationPage(filter, 2, 2)).extracting(OrganisationSummary::name)
                .containsExactly("Éléonore Médiation " + token + " B");
        assertThat(directory.findOrganisations(filter, 0, 10)).hasSize(3);
    }

    @Test
    void refuses_to_delete_an_organisation_still_referred_to_and_says_by_what() {
        long id = directory.createOrganisation(organisation("Fédération " + token));
        directory.createPerson(new PersonDraft("Camille " + token, "coordinatrice", id));
        long event = insertEvent();
        dsl.insertInto(EVENT_ORGANISATION).set(EVENT_ORGANISATION.EVENT_ID, event)
                .set(EVENT_ORGANISATION.ORGANISATION_ID, id).set(EVENT_ORGANISATION.ROLE, "ORGANISER").execute();
        dsl.insertInto(EVENT_ORGANISATION).set(EVENT_ORGANISATION.EVENT_ID, insertEvent())
                .set(EVENT_ORGANISATION.ORGANISATION_ID, id).set(EVENT_ORGANISATION.ROLE, "PARTNER").execute();
        dsl.insertInto(INITIATIVE).set(INITIATIVE.TITLE, "Initiative " + token)
                .set(INITIATIVE.PORTEUR_ORGANISATION_ID, id).execute();
        dsl.insertInto(FUNDER).set(FUNDER.EVENT_ID, event).set(FUNDER.ORGANISATION_ID, id)
                .set(FUNDER.NAME, "Fédération " + token).execute();

        assertThatThrownBy(() -> directory.deleteOrganisation(id, 0))
                .isInstanceOfSatisfying(StillReferenced.class, refused -> {
                    assertThat(refused.name()).isEqualTo("Fédération " + token);
                    assertThat(refused.references()).containsExactly(entry(Reference.PERSON, 1),
                            entry(Reference.EVENT_ORGANISER, 1), entry(Reference.EVENT_PARTNER, 1),
                            entry(Reference.INITIATIVE_PORTEUR, 1), entry(Reference.FUNDER, 1));
                });
        assertThat(directory.organisation(id)).isPresent();
    }

    @Test
    void deleting_an_organisation_that_is_already_gone_is_not_an_error() {
        long id = directory.createOrganisation(organisation("Éphémère " + token));
        directory.deleteOrganisation(id, 0);
        directory.deleteOrganisation(id, 0);
        assertThat(directory.organisation(id)).isEmpty();
    }

    // Places

    @Test
    void keeps_the_facts_of_a_place_in_the_order_given_and_replaces_them_on_update() {
        long id = directory.createPlace(place("Tiers-lieu " + token, List.of("Troisième", "Premier", "Second")));
        assertThat(directory.place(id).orElseThrow().draft().facts()).containsExactly("Troisième", "Premier", "Second");

        directory.updatePlace(id, 0, place("Tiers-lieu " + token, List.of("Second", "Troisième", "Nouveau")));
        var updated = directory.place(id).orElseThrow();
        assertThat(updated.version()).isEqualTo(1);
        assertThat(updated.draft().facts()).containsExactly("Second", "Troisième", "Nouveau");
        assertThat(dsl.fetchCount(PLACE_FACT, PLACE_FACT.PLACE_ID.eq(id))).isEqualTo(3);
    }

    @Test
    void creates_and_updates_a_place_with_its_coordinates() {
        var located = new PlaceDraft("Médiathèque Sainte-Croix " + token, "Médiathèque", "Rue Sainte-Croix, Bayonne",
                new BigDecimal("43.493100"), new BigDecimal("-1.463200"), "Une médiathèque de quartier",
                "Accès de plain-pied", List.of());
        long id = directory.createPlace(located);
        assertThat(directory.place(id).orElseThrow().draft()).isEqualTo(located);
        assertThat(directory.placePage("Médiathèque Sainte-Croix " + token, 0, 10)).singleElement()
                .satisfies(summary -> {
                    assertThat(summary.located()).isTrue();
                    assertThat(summary.factCount()).isZero();
                });

        var unlocated = new PlaceDraft("Médiathèque Sainte-Croix " + token, null, null, null, null, null, null,
                List.of("Ouverte le samedi"));
        directory.updatePlace(id, 0, unlocated);
        assertThat(directory.place(id).orElseThrow().draft()).isEqualTo(unlocated);
    }

    @Test
    void refuses_a_place_with_only_one_coordinate_or_out_of_range() {
        assertThatThrownBy(() -> directory.createPlace(new PlaceDraft("Sans longitude " + token, null, null,
                new BigDecimal("43.49"), null, null, null, List.of())))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> directory.createPlace(new PlaceDraft("Hors du globe " + token, null, null,
                new BigDecimal("91"), new BigDecimal("-1.46"), null, null, List.of())))
                .isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    void refuses_a_stale_update_of_a_place_and_keeps_its_facts() {
        long id = directory.createPlace(place("Cyberbase " + token, List.of("Ouverte en 2001")));
        directory.updatePlace(id, 0, place("Cyberbase " + token, List.of("Ouverte en 2001", "Rénovée en 2020")));
        assertThatThrownBy(() -> directory.updatePlace(id, 0, place("Cyberbase " + token, List.of())))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(directory.place(id).orElseThrow().draft().facts()).containsExactly("Ouverte en 2001", "Rénovée en 2020");
    }

    @Test
    void refuses_a_second_place_of_the_same_name() {
        directory.createPlace(place("Salle polyvalente " + token, List.of()));
        assertThatThrownBy(() -> directory.createPlace(place("salle polyvalente " + token, List.of())))
                .isInstanceOf(DuplicateName.class);
    }

    @Test
    void refuses_to_delete_a_place_still_visited_by_an_itinerary() {
        long id = directory.createPlace(place("Jardin partagé " + token, List.of("Cultivé par les voisins")));
        long event = insertEvent();
        long itinerary = dsl.insertInto(ITINERARY).set(ITINERARY.EVENT_ID, event).set(ITINERARY.NAME, "Vert")
                .set(ITINERARY.COLOUR, "GREEN").set(ITINERARY.DEPARTURE_TIME, LocalTime.of(10, 0))
                .returningResult(ITINERARY.ID).fetchOne(ITINERARY.ID);
        dsl.insertInto(ITINERARY_STOP).set(ITINERARY_STOP.ITINERARY_ID, itinerary)
                .set(ITINERARY_STOP.PLACE_ID, id).execute();
        dsl.insertInto(PROGRAMME_ITEM).set(PROGRAMME_ITEM.EVENT_ID, event).set(PROGRAMME_ITEM.TITLE, "Accueil")
                .set(PROGRAMME_ITEM.START_TIME, LocalTime.of(9, 0)).set(PROGRAMME_ITEM.PLACE_ID, id).execute();
        dsl.update(EVENT).set(EVENT.VENUE_PLACE_ID, id).where(EVENT.ID.eq(event)).execute();

        assertThatThrownBy(() -> directory.deletePlace(id, 0))
                .isInstanceOfSatisfying(StillReferenced.class, refused -> assertThat(refused.references())
                        .containsExactly(entry(Reference.EVENT_VENUE, 1), entry(Reference.PROGRAMME_SLOT, 1),
                                entry(Reference.ITINERARY_STOP, 1)));
        assertThat(directory.place(id).orElseThrow().draft().facts()).containsExactly("Cultivé par les voisins");
    }

    @Test
    void refuses_to_delete_the_college_where_the_bayonne_day_takes_place() {
        var camus = directory.findPlaces("Collège Albert Camus", 0, 1).getFirst();
        int version = directory.place(camus.id()).orElseThrow().version();
        assertThatThrownBy(() -> directory.deletePlace(camus.id(), version))
                .isInstanceOfSatisfying(StillReferenced.class, refused -> assertThat(refused.references())
                        .containsKeys(Reference.EVENT_VENUE, Reference.PROGRAMME_SLOT, Reference.ITINERARY_STOP));
    }

    @Test
    void deletes_a_place_no_one_refers_to_with_its_facts() {
        long id = directory.createPlace(place("Kiosque " + token, List.of("Construit en 1900", "Repeint en 2024")));
        directory.deletePlace(id, 0);
        assertThat(directory.place(id)).isEmpty();
        assertThat(dsl.fetchCount(PLACE_FACT, PLACE_FACT.PLACE_ID.eq(id))).isZero();
    }

    @Test
    void pages_places_matching_the_search_on_name_short_name_or_address() {
        directory.createPlace(new PlaceDraft("Maison des associations " + token, null, null, null, null, null, null,
                List.of()));
        directory.createPlace(new PlaceDraft("Salle A " + token, "MDA " + token, null, null, null, null, null, List.of()));
        directory.createPlace(new PlaceDraft("Salle B " + token, null, "12 rue de la maison des associations " + token,
                null, null, null, null, List.of()));
        assertThat(directory.countPlaces("MAISON des associations " + token)).isEqualTo(2);
        assertThat(directory.countPlaces(token)).isEqualTo(3);
        assertThat(directory.placePage(token, 1, 5)).extracting(PlaceSummary::name)
                .containsExactly("Salle A " + token, "Salle B " + token);
    }

    // People

    @Test
    void creates_updates_and_deletes_a_person_and_finds_them_by_their_organisation() {
        long organisation = directory.createOrganisation(organisation("Collectif " + token));
        long id = directory.createPerson(new PersonDraft("Virginie " + token, "médiatrice numérique", organisation));
        assertThat(directory.personPage("collectif " + token, 0, 10)).singleElement().isEqualTo(
                new PersonSummary(id, "Virginie " + token, "médiatrice numérique", "Collectif " + token));
        assertThat(directory.countPeople("collectif " + token)).isEqualTo(1);

        directory.updatePerson(id, 0, new PersonDraft("Virginie " + token, "chargée de mission", null));
        var updated = directory.person(id).orElseThrow();
        assertThat(updated.version()).isEqualTo(1);
        assertThat(updated.draft()).isEqualTo(new PersonDraft("Virginie " + token, "chargée de mission", null));
        assertThat(directory.countPeople("collectif " + token)).isZero();

        directory.deletePerson(id, 1);
        assertThat(directory.person(id)).isEmpty();
    }

    @Test
    void refuses_a_stale_update_of_a_person() {
        long id = directory.createPerson(new PersonDraft("Yann " + token, null, null));
        directory.updatePerson(id, 0, new PersonDraft("Yann " + token, "animateur multimédia", null));
        assertThatThrownBy(() -> directory.updatePerson(id, 0, new PersonDraft("Yann " + token, "guide", null)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(directory.person(id).orElseThrow().draft().functionLine()).isEqualTo("animateur multimédia");
    }

    @Test
    void refuses_to_delete_a_person_who_still_speaks_guides_or_logs_in() {
        long id = directory.createPerson(new PersonDraft("Arnaud " + token, "chargé de mission", null));
        long place = directory.createPlace(place("Escale " + token, List.of()));
        long itinerary = dsl.insertInto(ITINERARY).set(ITINERARY.EVENT_ID, insertEvent()).set(ITINERARY.NAME, "Rose")
                .set(ITINERARY.COLOUR, "PINK").set(ITINERARY.DEPARTURE_TIME, LocalTime.of(10, 0))
                .returningResult(ITINERARY.ID).fetchOne(ITINERARY.ID);
        long stop = dsl.insertInto(ITINERARY_STOP).set(ITINERARY_STOP.ITINERARY_ID, itinerary)
                .set(ITINERARY_STOP.PLACE_ID, place).returningResult(ITINERARY_STOP.ID).fetchOne(ITINERARY_STOP.ID);
        dsl.insertInto(STOP_SPEAKER).set(STOP_SPEAKER.STOP_ID, stop).set(STOP_SPEAKER.PERSON_ID, id).execute();
        dsl.insertInto(ITINERARY_GUIDE).set(ITINERARY_GUIDE.ITINERARY_ID, itinerary)
                .set(ITINERARY_GUIDE.PERSON_ID, id).execute();
        dsl.insertInto(ACCOUNT).set(ACCOUNT.EMAIL, token + "@journees.test").set(ACCOUNT.DISPLAY_NAME, "Arnaud")
                .set(ACCOUNT.PASSWORD_HASH, "x").set(ACCOUNT.PERSON_ID, id).execute();

        assertThatThrownBy(() -> directory.deletePerson(id, 0))
                .isInstanceOfSatisfying(StillReferenced.class, refused -> assertThat(refused.references())
                        .containsExactly(entry(Reference.STOP_SPEAKER, 1), entry(Reference.ITINERARY_GUIDE, 1),
                                entry(Reference.ACCOUNT, 1)));
        assertThat(directory.person(id)).isPresent();
    }

    private static OrganisationDraft organisation(String name) {
        return new OrganisationDraft(name, OrganisationKind.ASSOCIATION, null, null, null, null, null, null, null);
    }

    private static PlaceDraft place(String name, List<String> facts) {
        return new PlaceDraft(name, null, null, null, null, null, null, facts);
    }

    private long insertEvent() {
        var slug = "annuaire-" + UUID.randomUUID();
        return dsl.insertInto(EVENT)
                .set(EVENT.SLUG, slug).set(EVENT.TITLE, "Journée " + slug)
                .set(EVENT.EVENT_DATE, LocalDate.of(2026, 5, 1))
                .set(EVENT.START_TIME, LocalTime.of(9, 0)).set(EVENT.END_TIME, LocalTime.of(17, 0))
                .returningResult(EVENT.ID).fetchOne(EVENT.ID);
    }
}
