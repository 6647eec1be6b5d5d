package fr.journees.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.journees.demo.DemoDay.Event;
import fr.journees.demo.DemoDay.Initiative;
import fr.journees.demo.DemoDay.Itinerary;
import fr.journees.demo.DemoDay.Organisation;
import fr.journees.demo.DemoDay.Person;
import fr.journees.demo.DemoDay.Place;
import fr.journees.demo.DemoDay.Slot;
import fr.journees.demo.DemoDay.Stop;
import fr.journees.demo.DemoDay.Text;
import fr.journees.demo.DemoDay.Workshop;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class BayonneDemoDayTest {

    private static final Set<String> ORGANISATION_KINDS = Set.of("ASSOCIATION", "LOCAL_AUTHORITY", "PUBLIC_BODY",
            "COMPANY", "COOPERATIVE", "SCHOOL", "NETWORK", "OTHER");

    private final DemoDay day = BayonneDemoDay.create();

    @Test
    void describes_the_study_day_of_3_october_2024_at_the_college_albert_camus() {
        Event event = day.event();

        assertThat(event.slug()).isEqualTo("visite-bayonne-2024");
        assertThat(event.title()).isEqualTo("Visite du quartier Hauts de Sainte-Croix-Mounédé à Bayonne");
        assertThat(event.date()).isEqualTo(LocalDate.of(2024, 10, 3));
        assertThat(event.start()).isEqualTo(LocalTime.of(9, 0));
        assertThat(event.end()).isEqualTo(LocalTime.of(16, 30));
        assertThat(event.venuePlaceKey()).isEqualTo("camus");
        assertThat(event.status()).isEqualTo("PUBLISHED");
        assertThat(event.registrationOpensAt()).isBefore(event.registrationClosesAt());
        assertThat(event.registrationClosesAt()).isBefore(event.date().atTime(event.start()));
        assertThat(event.capacity()).isEqualTo(60);
        assertThat(event.lunchOffered()).isTrue();
        assertThat(event.defaultWalkMinutes()).isEqualTo(5);
    }

    @Test
    void holds_the_ten_programme_slots_in_time_order() {
        List<Slot> slots = day.programme();

        assertThat(slots).hasSize(10);
        assertThat(slots).extracting(Slot::start).isSorted().doesNotHaveDuplicates();
        assertThat(slots.get(0).start()).isEqualTo(day.event().start());
        for (int i = 0; i < slots.size() - 1; i++) {
            assertThat(slots.get(i).end()).as("end of %s", slots.get(i).title())
                    .isEqualTo(slots.get(i + 1).start());
        }
        Slot last = slots.get(slots.size() - 1);
        assertThat(last.title()).isEqualTo("Fin de la journée");
        assertThat(last.start()).isEqualTo(day.event().end());
        assertThat(last.end()).isNull();
        assertThat(slots).extracting(Slot::kind).containsExactly("WELCOME", "PLENARY", "VISIT", "PLENARY",
                "WORKSHOP", "MEAL", "PLENARY", "PLENARY", "CLOSING", "CLOSING");
    }

    @Test
    void holds_every_slot_at_the_college_except_the_visit() {
        Slot visit = day.programme().get(2);

        assertThat(visit.title()).isEqualTo("Départ pour la visite");
        assertThat(visit.placeKey()).isNull();
        assertThat(visit.locationText()).isNull();
        assertThat(visit.description()).startsWith("Pendant 2h,");
        assertThat(day.programme()).filteredOn(slot -> !"VISIT".equals(slot.kind()))
                .extracting(Slot::placeKey).containsOnly("camus");
        assertThat(day.programme().get(0).locationText()).isEqualTo("Collège Albert Camus");
    }

    @Test
    void has_the_four_places_with_their_facts() {
        assertThat(day.places()).extracting(Place::key).containsExactly("camus", "escm", "cyberbase", "csw");
        assertThat(day.places()).allSatisfy(place -> {
            assertThat(place.name()).isNotBlank();
            assertThat(place.address()).endsWith("64100 Bayonne");
            assertThat(place.description()).isNotBlank();
            assertThat(place.latitude().scale()).isEqualTo(6);
            assertThat(place.longitude().scale()).isEqualTo(6);
        });
        assertThat(day.places()).extracting(place -> place.latitude() + "," + place.longitude())
                .doesNotHaveDuplicates();

        assertThat(place("camus").facts()).hasSize(1);
        assertThat(place("camus").facts().get(0)).contains("12 000 élèves").contains("3 500 collégiens");
        assertThat(place("csw").facts()).hasSize(1);
        assertThat(place("csw").facts().get(0)).startsWith("Nous accompagnons plus d'une vingtaine de personnes");
        assertThat(place("escm").facts()).isEmpty();
        assertThat(place("cyberbase").facts()).isEmpty();

        assertThat(place("escm").shortName()).isEqualTo("ESCM");
        assertThat(place("csw").shortName()).isEqualTo("CSW");
        assertThat(place("escm").description()).startsWith("C'est une présentation à double voix");
        assertThat(place("camus").description()).contains("**syndicat mixte La Fibre64**");
    }

    @Test
    void links_every_initiative_of_the_recueil_to_its_workshop() {
        List<Workshop> workshops = day.workshops();

        assertThat(workshops).extracting(Workshop::title).containsExactly(
                "Éducation aux médias pour les enfants et les jeunes",
                "Développement économique et numérique",
                "Aller vers et le numérique",
                "Dynamiques de coopération Inclusion numérique – Politique de la Ville");
        assertThat(workshops).extracting(Workshop::facilitatedByDemoAccount)
                .containsExactly(true, true, false, false);
        assertThat(workshops).allSatisfy(workshop -> {
            assertThat(workshop.guidingQuestions()).startsWith("Comment");
            assertThat(workshop.initiatives()).hasSize(4);
        });

        List<Initiative> initiatives = workshops.stream().flatMap(workshop -> workshop.initiatives().stream())
                .toList();
        assertThat(initiatives).hasSize(16);
        assertThat(initiatives).extracting(Initiative::title).doesNotHaveDuplicates();
        assertThat(initiatives).allSatisfy(initiative -> {
            assertThat(initiative.title()).isNotBlank();
            assertThat(initiative.porteurName()).isNotBlank();
            assertThat(initiative.porteurKind()).isIn(ORGANISATION_KINDS);
            assertThat(initiative.actsOn()).isNotBlank();
            assertThat(initiative.territory()).isNotBlank();
            assertThat(initiative.description()).isNotBlank();
        });
        assertThat(workshops.get(0).initiatives().get(1).title()).isEqualTo("Tous.les Numériques");
        assertThat(workshops.get(3).initiatives()).extracting(Initiative::actsOn)
                .containsOnly("Dynamiques de coopération Inclusion numérique Politique de la Ville");
    }

    @Test
    void orders_the_green_and_pink_itineraries_as_the_booklet() {
        assertThat(day.itineraries()).extracting(Itinerary::name).containsExactly("Parcours vert", "Parcours rose");
        assertThat(day.itineraries()).extracting(Itinerary::colour).containsExactly("GREEN", "PINK");
        assertThat(day.itineraries()).allSatisfy(itinerary -> {
            assertThat(itinerary.capacity()).isEqualTo(30);
            assertThat(itinerary.departure()).isEqualTo(LocalTime.of(9, 50));
            assertThat(itinerary.stops()).extracting(Stop::durationMinutes).containsOnly(20);
        });

        Itinerary green = day.itineraries().get(0);
        Itinerary pink = day.itineraries().get(1);
        assertThat(green.stops()).extracting(Stop::placeKey).containsExactly("camus", "escm", "cyberbase", "csw");
        assertThat(pink.stops()).extracting(Stop::placeKey).containsExactly("cyberbase", "csw", "escm", "camus");
        assertThat(green.stops().get(0).walkMinutesBefore()).isZero();
        assertThat(green.stops().subList(1, 4)).extracting(Stop::walkMinutesBefore).containsOnlyNulls();
        assertThat(pink.stops()).extracting(Stop::walkMinutesBefore).containsOnlyNulls();

        Stop escm = green.stops().get(1);
        assertThat(escm.theme()).isEqualTo("Le numérique comme levier de lutte contre l'isolement");
        assertThat(escm.speakerKeys()).containsExactly("yann", "bruno");
    }

    @Test
    void every_speaker_and_place_key_refers_to_a_declared_entry() {
        Set<String> placeKeys = day.places().stream().map(Place::key).collect(Collectors.toSet());
        Set<String> personKeys = day.people().stream().map(Person::key).collect(Collectors.toSet());
        Set<String> organisationKeys = organisationKeys();
        List<Stop> stops = day.itineraries().stream().flatMap(itinerary -> itinerary.stops().stream()).toList();

        assertThat(placeKeys).hasSize(day.places().size());
        assertThat(personKeys).hasSize(day.people().size());
        assertThat(placeKeys).contains(day.event().venuePlaceKey());
        assertThat(stops).extracting(Stop::placeKey).allMatch(placeKeys::contains);
        assertThat(stops).flatExtracting(Stop::speakerKeys).allMatch(personKeys::contains);
        assertThat(day.programme()).extracting(Slot::placeKey).filteredOn(Objects::nonNull)
                .allMatch(placeKeys::contains);
        assertThat(day.people()).extracting(Person::organisationKey).filteredOn(Objects::nonNull)
                .allMatch(organisationKeys::contains);
    }

    @Test
    void organisers_and_partners_are_declared_organisations() {
        assertThat(organisationKeys()).hasSize(day.organisations().size());
        assertThat(day.organisations()).extracting(Organisation::kind).allMatch(ORGANISATION_KINDS::contains);

        assertThat(day.event().organiserKeys()).extracting(key -> organisation(key).name())
                .containsExactly("Pays et Quartiers de Nouvelle-Aquitaine (PQN-A)", "Hubikoop");
        assertThat(day.event().partnerKeys()).extracting(key -> organisation(key).name())
                .containsExactly("GIP DSU de Bayonne et du Pays Basque", "La Fibre64");
        assertThat(organisation("pqna").email()).isEqualTo("contact@pqn-a.fr");
        assertThat(organisation("hubikoop").kind()).isEqualTo("COOPERATIVE");
    }

    @Test
    void keeps_the_booklet_texts_in_section_order() {
        assertThat(day.texts()).extracting(Text::section).containsExactly("INTRODUCTION", "INTRODUCTION",
                "INTRODUCTION", "INTRODUCTION", "INTRODUCTION", "WORKSHOPS", "WORKSHOPS", "WORKSHOPS", "CLOSING");
        assertThat(day.texts().get(0).title()).isEqualTo("Introduction");
        assertThat(day.texts().get(2).authorLine()).startsWith("par Arnaud LÉCHIT");
        assertThat(day.texts().get(4).body()).contains("**d'immeubles d'habitat social**");
        assertThat(day.texts().get(8).body())
                .isEqualTo("Merci de votre participation et rendez-vous sur un de nos prochains évènements !");
    }

    @Test
    void joins_the_paragraphs_split_by_the_booklet_page_breaks() {
        assertThat(longTexts()).allSatisfy(text -> {
            assertThat(text).doesNotContain("\r").doesNotStartWith("\n").doesNotEndWith("\n")
                    .doesNotContain("\n\n\n");
            String[] lines = text.split("\n", -1);
            for (int i = 1; i < lines.length; i++) {
                assertThat(lines[i]).as("line %d of %s", i, text.substring(0, Math.min(40, text.length())))
                        .isEqualTo(lines[i].strip());
                if (!lines[i].isEmpty() && !lines[i - 1].isEmpty()) {
                    assertThat(lines[i]).as("a line following another is a list item").matches("(- |\\d+\\. ).*");
                }
            }
        });
    }

    private List<String> longTexts() {
        List<String> texts = new ArrayList<>();
        day.texts().forEach(text -> texts.add(text.body()));
        day.places().forEach(place -> {
            texts.add(place.description());
            texts.addAll(place.facts());
        });
        day.organisations().stream().map(Organisation::description).filter(Objects::nonNull).forEach(texts::add);
        day.programme().stream().map(Slot::description).filter(Objects::nonNull).forEach(texts::add);
        day.workshops().stream().flatMap(workshop -> Stream.concat(Stream.of(workshop.guidingQuestions()),
                workshop.initiatives().stream().map(Initiative::description))).forEach(texts::add);
        return texts;
    }

    private Set<String> organisationKeys() {
        return day.organisations().stream().map(Organisation::key).collect(Collectors.toSet());
    }

    private Organisation organisation(String key) {
        return day.organisations().stream().filter(organisation -> organisation.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no organisation " + key));
    }

    private Place place(String key) {
        return day.places().stream().filter(place -> place.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no place " + key));
    }
}
