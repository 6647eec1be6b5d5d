package fr.journees.demo;

import static fr.journees.db.Tables.ACCOUNT;
import static fr.journees.db.Tables.EVENT;
import static fr.journees.db.Tables.INITIATIVE;
import static fr.journees.db.Tables.ORGANISATION;
import static fr.journees.db.Tables.PLACE;
import static fr.journees.db.Tables.PROGRAMME_ITEM;
import static fr.journees.db.Tables.WORKSHOP_FACILITATOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Table;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import fr.journees.event.EventService;
import fr.journees.event.EventStatus;
import fr.journees.event.OrganisationRole;
import fr.journees.event.TextSection;
import fr.journees.itinerary.ItineraryColour;
import fr.journees.itinerary.ItineraryService;
import fr.journees.itinerary.StopView;
import fr.journees.security.AccountRepository;
import fr.journees.security.Roles;
import fr.journees.support.JourneesSpringTest;
import fr.journees.workshop.WorkshopService;

@JourneesSpringTest
@Tag("database")
class DemoDayImportTest {

    static final String SLUG = "visite-bayonne-2024";

    @Autowired DSLContext dsl;
    @Autowired DemoDayImporter importer;
    @Autowired EventService events;
    @Autowired ItineraryService itineraries;
    @Autowired WorkshopService workshops;
    @Autowired AccountRepository accounts;
    @Autowired PasswordEncoder passwordEncoder;

    @Test
    void loads_the_bayonne_day_published_on_3_october_2024_from_9h_to_16h30_at_the_college() {
        var day = events.summary(bayonneId()).orElseThrow();
        assertThat(day.title()).isEqualTo("Visite du quartier Hauts de Sainte-Croix-Mounédé à Bayonne");
        assertThat(day.status()).isEqualTo(EventStatus.PUBLISHED);
        assertThat(day.date()).isEqualTo(LocalDate.of(2024, 10, 3));
        assertThat(day.start()).isEqualTo(LocalTime.of(9, 0));
        assertThat(day.end()).isEqualTo(LocalTime.of(16, 30));
        assertThat(day.venueName()).containsIgnoringCase("Albert Camus");
    }

    @Test
    void names_pqna_and_hubikoop_as_organisers_and_the_gip_dsu_and_la_fibre64_as_partners() {
        var organisations = events.organisations(bayonneId());
        assertThat(organisations.stream().filter(o -> o.role() == OrganisationRole.ORGANISER).map(o -> o.name()))
                .hasSize(2).anyMatch(n -> n.contains("PQN-A")).anyMatch(n -> n.contains("Hubikoop"));
        assertThat(organisations.stream().filter(o -> o.role() == OrganisationRole.PARTNER).map(o -> o.name()))
                .hasSize(2).anyMatch(n -> n.contains("GIP DSU")).anyMatch(n -> n.contains("Fibre64"));
    }

    @Test
    void holds_the_introduction_the_two_signed_texts_and_the_neighbourhood_presentation() {
        var texts = events.texts(bayonneId());
        assertThat(texts).filteredOn(t -> t.section() == TextSection.INTRODUCTION)
                .extracting(t -> t.authorLine() == null ? "" : t.authorLine())
                .anyMatch(a -> a.contains("LÉCHIT"))
                .anyMatch(a -> a.contains("MILLET-BARBÉ"))
                .anyMatch(a -> a.contains("équipe du GIP DSU"));
        assertThat(texts).anyMatch(t -> t.title().startsWith("Présentation du quartier"));
    }

    @Test
    void holds_every_programme_slot_in_time_order() {
        var programme = events.programme(bayonneId());
        assertThat(programme).extracting(s -> s.start()).containsExactly(LocalTime.of(9, 0), LocalTime.of(9, 20),
                LocalTime.of(9, 50), LocalTime.of(11, 45), LocalTime.of(11, 55), LocalTime.of(13, 0),
                LocalTime.of(14, 15), LocalTime.of(15, 15), LocalTime.of(16, 0), LocalTime.of(16, 30));
        assertThat(programme.get(5).description()).contains("Artotekafé");
    }

    @Test
    void orders_the_stops_of_the_green_and_pink_itineraries_as_the_booklet() {
        var parcours = itineraries.forEvent(bayonneId());
        assertThat(parcours).extracting(p -> p.colour()).containsExactly(ItineraryColour.GREEN, ItineraryColour.PINK);
        assertThat(parcours.get(0).stops()).extracting(StopView::placeName).satisfiesExactly(
                p -> assertThat(p).containsIgnoringCase("Albert Camus"),
                p -> assertThat(p).contains("ESCM"),
                p -> assertThat(p).containsIgnoringCase("Cyberbase"),
                p -> assertThat(p).containsIgnoringCase("Collectif Social Web"));
        assertThat(parcours.get(1).stops()).extracting(StopView::placeName).satisfiesExactly(
                p -> assertThat(p).containsIgnoringCase("Cyberbase"),
                p -> assertThat(p).containsIgnoringCase("Collectif Social Web"),
                p -> assertThat(p).contains("ESCM"),
                p -> assertThat(p).containsIgnoringCase("Albert Camus"));
        var escm = parcours.get(0).stops().get(1);
        assertThat(escm.theme()).isEqualTo("Le numérique comme levier de lutte contre l'isolement");
        assertThat(escm.speakerNames()).containsExactly("Yann Amice", "Bruno Pescrilli");
    }

    @Test
    void links_the_sixteen_initiatives_of_the_recueil_to_the_four_workshops() {
        var list = workshops.forEvent(bayonneId());
        assertThat(list).hasSize(4);
        assertThat(list).allSatisfy(w -> assertThat(w.initiatives()).hasSize(4));
        var orleans = list.get(2).initiatives().get(0);
        assertThat(orleans.porteur()).isEqualTo("Association Action Numérique");
        assertThat(orleans.actsOn()).isEqualTo("Aller vers");
        assertThat(orleans.territory()).isEqualTo("Orléans, Loiret (45)");
    }

    @Test
    void creates_the_demo_accounts_and_the_facilitator_leads_two_workshops() {
        var organiser = accounts.findCredentials(DemoAccounts.ORGANISER_EMAIL).orElseThrow();
        var facilitator = accounts.findCredentials(DemoAccounts.FACILITATOR_EMAIL).orElseThrow();
        assertThat(organiser.roles()).containsExactly(Roles.ORGANISER);
        assertThat(facilitator.roles()).containsExactly(Roles.FACILITATOR);
        assertThat(passwordEncoder.matches(DemoAccounts.PASSWORD, organiser.passwordHash())).isTrue();
        assertThat(organiser.passwordHash()).startsWith("$2");
        assertThat(dsl.fetchCount(WORKSHOP_FACILITATOR, WORKSHOP_FACILITATOR.ACCOUNT_ID.eq(facilitator.id())))
                .isEqualTo(2);
    }

    @Test
    void importing_the_day_again_changes_nothing() {
        List<Table<?>> tables = List.of(EVENT, PLACE, ORGANISATION, INITIATIVE, PROGRAMME_ITEM, ACCOUNT);
        var before = tables.stream().map(dsl::fetchCount).toList();
        boolean imported = importer.importDay(BayonneDemoDay.create());
        assertThat(imported).isFalse();
        assertThat(tables.stream().map(dsl::fetchCount).toList()).isEqualTo(before);
    }

    private long bayonneId() {
        return events.idBySlug(SLUG).orElseThrow();
    }
}
