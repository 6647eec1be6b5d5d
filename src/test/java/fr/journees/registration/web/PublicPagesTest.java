package fr.journees.registration.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.journees.apiaccess.ApiOriginService;
import fr.journees.event.EventContentService;
import fr.journees.event.EventService;
import fr.journees.event.EventStatus;
import fr.journees.event.ProgrammeItemDraft;
import fr.journees.event.ProgrammeKind;
import fr.journees.itinerary.ItineraryColour;
import fr.journees.registration.OpenDay;
import fr.journees.registration.RegistrationService;
import fr.journees.support.JourneesSpringTest;
import fr.journees.support.TestLogos;

/** The public pages as machines read them: status codes, validators, language, metadata, sessions, framing. */
@JourneesSpringTest
class PublicPagesTest {

    @LocalServerPort int port;
    @Autowired OpenDay days;
    @Autowired EventService events;
    @Autowired RegistrationService registrations;
    @Autowired ApiOriginService origins;
    @Autowired EventContentService content;

    final List<Long> created = new ArrayList<>();
    PublicHttp http;
    long eventId;
    String slug;

    @BeforeEach
    void aPublishedDay() {
        http = new PublicHttp(port);
        eventId = days.create("page", 2);
        created.add(eventId);
        slug = events.details(eventId).orElseThrow().slug();
    }

    @AfterEach
    void removeTheDays() {
        created.forEach(days::remove);
    }

    @Test
    void the_page_of_a_day_invites_to_register_and_says_the_places_left_in_good_french() {
        days.itinerary(eventId, "Parcours vert", ItineraryColour.GREEN, 12);
        var page = http.get("/e/" + slug);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"fr\"", "id=\"register-link\"", "href=\"/e/" + slug + "/inscription\"",
                "S’inscrire", "Il reste 2 places.", "Parcours vert", "12 places restantes", "Départ à 10h00");
        assertThat(page.body()).doesNotContain("place(s)");
        registrations.register(eventId, OpenDay.person("Une", "une@example.test", null, null));
        assertThat(http.get("/e/" + slug + "?lang=fr").body()).containsAnyOf("Il reste 1 place.", "Il reste 2 places.");
    }

    @Test
    void an_unknown_or_unpublished_day_and_an_unknown_token_answer_404_with_a_helpful_page() {
        long draft = days.create("brouillon", null, EventStatus.DRAFT, null, null);
        created.add(draft);
        for (var path : List.of("/e/aucune-journee", "/e/" + events.details(draft).orElseThrow().slug(),
                "/e/aucune-journee/inscription")) {
            var answer = http.get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(answer.body()).as(path).contains("Cette journée est introuvable");
        }
        var token = http.get("/r/AAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        assertThat(token.statusCode()).isEqualTo(404);
        assertThat(token.body()).contains("Cette inscription est introuvable", "demander à recevoir à nouveau");
    }

    @Test
    void no_visit_of_the_public_pages_opens_a_session() {
        var token = registrations.register(eventId, OpenDay.person("Sans", "sans.session@example.test", null, null))
                .token();
        for (var path : List.of("/e/" + slug, "/e/" + slug + "/inscription", "/e/" + slug + "/programme.ics",
                "/r/" + token, "/r/" + token + "/modifier", "/r/" + token + "/annuler", "/r/" + token + "/agenda.ics",
                "/e/" + slug + "/confidentialite", "/e/inconnue", "/css/public.css")) {
            var answer = http.get(path);
            assertThat(answer.statusCode()).as(path).isLessThan(500);
            assertThat(PublicHttp.opensASession(answer)).as(path).isFalse();
        }
    }

    @Test
    void an_unchanged_page_answers_304_and_an_edit_of_the_day_shows_at_once() throws Exception {
        var first = http.get("/e/" + slug);
        var etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control").orElseThrow()).contains("no-cache");
        assertThat(http.get("/e/" + slug, "If-None-Match", etag).statusCode()).isEqualTo(304);

        var details = events.details(eventId).orElseThrow();
        events.update(eventId, details.version(), new fr.journees.event.EventDraft(details.slug(), "Titre changé",
                details.subtitle(), details.theme(), details.date(), details.start(), details.end(),
                details.venuePlaceId(), details.status(), details.registrationOpensAt(), details.registrationClosesAt(),
                details.capacity(), details.lunchOffered(), details.defaultWalkMinutes()), List.of(), List.of());
        var changed = http.get("/e/" + slug, "If-None-Match", etag);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).contains("Titre changé");
        assertThat(changed.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
    }

    @Test
    void the_programme_feed_answers_304_while_unchanged_and_changes_with_the_programme() {
        var feed = http.get("/e/" + slug + "/programme.ics");
        var etag = feed.headers().firstValue("ETag").orElseThrow();
        assertThat(http.get("/e/" + slug + "/programme.ics", "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(http.get("/e/" + slug + "/programme.ics").body()).isEqualTo(feed.body());

        content.addProgrammeItems(eventId, List.of(new ProgrammeItemDraft(LocalTime.of(9, 0), LocalTime.of(9, 30),
                ProgrammeKind.WELCOME, "Café d’accueil", null, null, null)));
        var after = http.get("/e/" + slug + "/programme.ics", "If-None-Match", etag);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).contains("Café d’accueil");
    }

    @Test
    void a_participants_agenda_answers_304_while_unchanged_and_a_new_etag_once_the_registration_changes() {
        var token = registrations.register(eventId, OpenDay.person("Agenda", "agenda.304@example.test", null, null))
                .token();
        var agenda = "/r/" + token + "/agenda.ics";
        var first = http.get(agenda);
        assertThat(first.statusCode()).isEqualTo(200);
        var etag = first.headers().firstValue("ETag").orElseThrow();
        var unchanged = http.get(agenda, "If-None-Match", etag);
        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();

        registrations.cancel(token);
        var changed = http.get(agenda, "If-None-Match", etag);
        assertThat(changed.statusCode()).isEqualTo(200);
        var newEtag = changed.headers().firstValue("ETag").orElseThrow();
        assertThat(newEtag).isNotEqualTo(etag);
        assertThat(changed.body()).isNotEqualTo(first.body()).contains("BEGIN:VCALENDAR");
        assertThat(http.get(agenda, "If-None-Match", newEtag).statusCode()).isEqualTo(304);
    }

    @Test
    void a_shared_link_of_a_day_without_a_logo_shows_the_sites_picture_and_its_own_logo_once_set() {
        var root = "http://localhost:" + port;
        assertThat(ogImage(http.get("/e/" + slug).body())).isEqualTo(root + "/images/journees-partage.png");
        var picture = http.get("/images/journees-partage.png");
        assertThat(picture.statusCode()).isEqualTo(200);
        assertThat(picture.headers().firstValue("Content-Type")).hasValue("image/png");

        events.setLogo(eventId, TestLogos.png("Hubikoop", 0x1f5f8b, 300, 90));
        var page = http.get("/e/" + slug).body();
        assertThat(ogImage(page)).isEqualTo(root + "/e/" + slug + "/logo");
        assertThat(page).contains("\"image\":\"" + root + "/e/" + slug + "/logo\"");
    }

    @Test
    void the_days_logo_heads_every_public_page_of_the_day_and_only_once_on_its_page() {
        var token = registrations.register(eventId, OpenDay.person("Logo", "logo.entete@example.test", null, null))
                .token();
        var pages = List.of("/e/" + slug, "/e/" + slug + "/inscription", "/r/" + token, "/r/" + token + "/modifier",
                "/r/" + token + "/annuler", "/r/" + token + "/effacer", "/r/" + token + "/enquete",
                "/e/" + slug + "/confidentialite");
        for (var path : pages) {
            assertThat(header(http.get(path).body())).as(path).doesNotContain("<img").contains("Journées");
        }
        events.setLogo(eventId, TestLogos.png("Hubikoop", 0x1f5f8b, 300, 90));
        var logo = "src=\"/e/" + slug + "/logo\"";
        for (var path : pages) {
            var body = http.get(path).body();
            assertThat(header(body)).as(path).contains(logo, "alt=\"Logo des organisateurs : page de la journée\"");
            assertThat(body.split(java.util.regex.Pattern.quote(logo), -1)).as(path).hasSize(2);
        }
        var lost = http.post("/e/" + slug + "/lien-perdu", java.util.Map.of("email", "perdu.logo@example.test"));
        assertThat(header(lost.body())).contains(logo);
        assertThat(http.get("/e/" + slug + "/logo").headers().firstValue("Content-Type")).hasValue("image/png");
        events.changeStatus(eventId, events.details(eventId).orElseThrow().version(), EventStatus.CLOSED);
        assertThat(header(http.get("/r/" + token).body())).as("a closed day's personal page").contains(logo);
        assertThat(http.get("/e/" + slug + "/logo").statusCode()).isEqualTo(200);
        events.changeStatus(eventId, events.details(eventId).orElseThrow().version(), EventStatus.PUBLISHED);
        assertThat(http.get("/e/" + slug + "?integre=1").body()).contains("class=\"logo\"", logo)
                .doesNotContain("<header class=\"site\"");
    }

    private static String ogImage(String page) {
        var matcher = java.util.regex.Pattern.compile("<meta property=\"og:image\" content=\"([^\"]*)\"").matcher(page);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static String header(String page) {
        int start = page.indexOf("<header class=\"site\"");
        assertThat(start).as("a site header").isGreaterThanOrEqualTo(0);
        return page.substring(start, page.indexOf("</header>", start));
    }

    @Test
    void the_page_follows_the_language_asked_for_and_remembers_it() {
        var english = http.get("/e/" + slug + "?lang=en");
        assertThat(english.body()).contains("<html lang=\"en\"", "Register", "2 places left.");
        assertThat(english.headers().firstValue("Content-Language")).contains("en");
        assertThat(english.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("journees-lang=en"));
        assertThat(http.get("/e/" + slug, "Accept-Language", "en-GB,en;q=0.9").body()).contains("<html lang=\"en\"");
        assertThat(http.get("/e/" + slug, "Cookie", "journees-lang=en").body()).contains("<html lang=\"en\"");
    }

    @Test
    void a_shared_link_shows_title_date_and_place_through_open_graph_and_schema_org() {
        var page = http.get("/e/" + slug).body();
        assertThat(page).contains("property=\"og:title\"", "property=\"og:description\"", "property=\"og:url\"",
                "application/ld+json", "\"@type\":\"Event\"", "\"startDate\":\"" + LocalDateTime.now().toLocalDate()
                        .plusDays(30) + "T09:00\"");
    }

    @Test
    void only_the_sites_listed_in_acces_api_may_frame_the_day_page_and_never_the_personal_page() {
        origins.add("https://partenaire.example");
        try {
            var framed = http.get("/e/" + slug + "?integre=1");
            assertThat(framed.headers().firstValue("Content-Security-Policy").orElseThrow())
                    .contains("frame-ancestors 'self' https://partenaire.example");
            assertThat(framed.headers().firstValue("X-Frame-Options")).isEmpty();
            assertThat(framed.body()).contains("class=\"embedded\"").doesNotContain("<header class=\"site\"");
            assertThat(http.get("/e/" + slug + "/inscription?integre=1").body())
                    .contains("id=\"back-to-event\" href=\"/e/" + slug + "?integre=1\"");
            var token = registrations.register(eventId, OpenDay.person("Cadre", "cadre@example.test", null, null))
                    .token();
            var personal = http.get("/r/" + token);
            assertThat(personal.headers().firstValue("Content-Security-Policy").orElseThrow())
                    .contains("frame-ancestors 'self'").doesNotContain("partenaire");
            assertThat(personal.headers().firstValue("X-Frame-Options")).contains("SAMEORIGIN");
        } finally {
            origins.remove("https://partenaire.example");
        }
    }
}
