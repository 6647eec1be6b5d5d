package fr.journees.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.journees.workshop.InitiativeDraft;
import fr.journees.workshop.InitiativeService;
import fr.journees.support.JourneesSpringTest;

/** GET /api/v1/initiatives: the recueil as open data, JSON pages and CSV. */
@JourneesSpringTest
class InitiativesApiTest {

    @LocalServerPort int port;
    @Autowired InitiativeService initiatives;

    ApiHttp api;
    String theme;
    final List<Long> created = new ArrayList<>();

    @BeforeEach
    void threeInitiativesUnderAThemeOfTheirOwn() {
        api = new ApiHttp(port);
        theme = "Thème " + UUID.randomUUID().toString().substring(0, 8);
        created.add(initiatives.create(new InitiativeDraft("Bus numérique", null, theme, "Bayonne",
                "Un bus qui va vers les habitants.")));
        created.add(initiatives.create(new InitiativeDraft("Atelier cartographie", null, theme, "Anglet",
                "Cartographier les lieux de médiation.")));
        created.add(initiatives.create(new InitiativeDraft("=HYPERLINK(\"http://evil\")", null, theme, "Biarritz",
                "+33 formule")));
    }

    @AfterEach
    void removeThem() {
        created.forEach(id -> initiatives.delete(id, initiatives.detail(id).orElseThrow().version()));
    }

    String query(String path) {
        return path + (path.contains("?") ? "&" : "?") + "theme=" + java.net.URLEncoder.encode(theme,
                StandardCharsets.UTF_8);
    }

    @Test
    void a_theme_gives_its_initiatives_in_title_order() {
        var answer = api.get(query("/api/v1/initiatives"));

        assertThat(answer.status()).isEqualTo(200);
        var titles = new ArrayList<String>();
        answer.json().get("items").forEach(i -> titles.add(i.get("title").asString()));
        assertThat(titles).containsExactly("=HYPERLINK(\"http://evil\")", "Atelier cartographie", "Bus numérique");
        assertThat(answer.json().get("totalItems").asInt()).isEqualTo(3);
        assertThat(answer.json().get("items").get(1).get("theme").asString()).isEqualTo(theme);
    }

    @Test
    void territory_and_text_narrow_the_theme() {
        var byTerritory = api.get(query("/api/v1/initiatives?territory=angl")).json();
        var byText = api.get(query("/api/v1/initiatives?q=habitants")).json();

        assertThat(byTerritory.get("items")).singleElement()
                .satisfies(i -> assertThat(i.get("title").asString()).isEqualTo("Atelier cartographie"));
        assertThat(byText.get("items")).singleElement()
                .satisfies(i -> assertThat(i.get("title").asString()).isEqualTo("Bus numérique"));
    }

    @Test
    void pages_split_the_result() {
        var second = api.get(query("/api/v1/initiatives?page=1&size=2")).json();

        assertThat(second.get("items")).hasSize(1);
        assertThat(second.get("totalPages").asInt()).isEqualTo(2);
    }

    @Test
    void the_same_search_downloads_as_csv_by_extension_or_by_accept_header_with_formulas_neutralised()
            throws Exception {
        var byExtension = api.get(query("/api/v1/initiatives.csv"));
        var byAccept = api.get(query("/api/v1/initiatives"), "Accept", "text/csv");

        for (var answer : List.of(byExtension, byAccept)) {
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.header("Content-Type")).startsWith("text/csv");
            assertThat(answer.header("Content-Disposition")).contains("initiatives.csv");
        }
        var text = byExtension.body();
        assertThat(text).startsWith("\uFEFF");
        var records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
        assertThat(records).extracting(r -> r.get("Titre"))
                .containsExactly("'=HYPERLINK(\"http://evil\")", "Atelier cartographie", "Bus numérique");
        assertThat(records).extracting(r -> r.get("Description")).contains("'+33 formule");
        assertThat(records).extracting(CSVRecord::size).containsOnly(6);
    }

    @Test
    void a_page_out_of_bounds_is_a_400() {
        assertThat(api.get("/api/v1/initiatives?size=0").status()).isEqualTo(400);
    }

    @Test
    void csv_headers_follow_the_language_asked_for() {
        var english = api.get(query("/api/v1/initiatives.csv"), "Accept-Language", "en").body();

        assertThat(english.lines().findFirst().orElseThrow()).contains("Title", "Lead organisation", "Territory");
    }
}
