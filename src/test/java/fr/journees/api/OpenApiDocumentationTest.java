package fr.journees.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.journees.support.JourneesSpringTest;

/** The OpenAPI description is served, complete, in French, and browsable without logging in. */
@JourneesSpringTest
class OpenApiDocumentationTest {

    @LocalServerPort int port;

    @Test
    void the_description_lists_every_endpoint_with_french_summaries_and_examples() {
        var answer = new ApiHttp(port).get("/v3/api-docs");

        assertThat(answer.status()).isEqualTo(200);
        var doc = answer.json();
        assertThat(doc.get("info").get("title").asString()).isEqualTo("API ouverte de Journées");
        var tags = new java.util.ArrayList<String>();
        doc.get("tags").forEach(tag -> {
            tags.add(tag.get("name").asString());
            assertThat(tag.get("description").asString()).as(tag.toString()).isNotBlank();
        });
        assertThat(tags).containsExactly("Journées", "Inscriptions", "Initiatives", "Organisateurs");
        var paths = doc.get("paths");
        assertThat(paths.has("/api/v1/events")).isTrue();
        assertThat(paths.has("/api/v1/events/{slug}")).isTrue();
        assertThat(paths.get("/api/v1/events/{slug}/registrations").has("post")).isTrue();
        assertThat(paths.get("/api/v1/registrations/{token}").has("get")).isTrue();
        assertThat(paths.get("/api/v1/registrations/{token}").has("patch")).isTrue();
        assertThat(paths.get("/api/v1/registrations/{token}").has("delete")).isTrue();
        assertThat(paths.has("/api/v1/initiatives")).isTrue();
        assertThat(paths.has("/api/v1/initiatives.csv")).isTrue();
        assertThat(paths.get("/api/v1/initiatives").get("get").get("summary").asString())
                .isEqualTo("Chercher dans le recueil des initiatives");
        var post = paths.get("/api/v1/events/{slug}/registrations").get("post");
        assertThat(post.get("summary").asString()).isEqualTo("S’inscrire à une journée");
        assertThat(post.get("responses").propertyNames()).contains("201", "404", "409", "422", "429");
        assertThat(post.toString()).contains("camille.etcheverry@exemple.fr");
        assertThat(doc.get("components").get("schemas").get("RegistrationInput").toString()).contains("Etcheverry");
        var organiserList = paths.get("/api/v1/events/{slug}/registrations").get("get");
        assertThat(organiserList.get("security").toString()).contains(OpenApiConfiguration.KEY_SCHEME);
        assertThat(organiserList.get("responses").propertyNames()).contains("200", "401", "403", "404");
        assertThat(paths.has("/api/v1/events/{slug}/registrations.csv")).isTrue();
        assertThat(paths.has("/api/v1/events/{slug}/registrations.xlsx")).isTrue();
        assertThat(doc.get("components").get("securitySchemes").get(OpenApiConfiguration.KEY_SCHEME)
                .get("scheme").asString()).isEqualTo("bearer");
    }

    @Test
    void the_days_questions_and_the_answers_are_described_where_they_are_read_and_sent() {
        var schemas = new ApiHttp(port).get("/v3/api-docs").json().get("components").get("schemas");

        var question = schemas.get("Question");
        assertThat(question.get("description").asString())
                .isEqualTo("Une question propre à la journée, posée à l’inscription");
        assertThat(question.get("properties").propertyNames()).contains("id", "type", "label", "help", "required",
                "options", "itineraryId", "workshopId");
        assertThat(question.get("properties").get("type").get("enum").toString()).contains("SEVERAL_CHOICES", "DATE");
        assertThat(schemas.get("QuestionOption").get("properties").propertyNames()).contains("value", "label");
        assertThat(schemas.get("Event").get("properties").get("questions").get("items").get("$ref").asString())
                .isEqualTo("#/components/schemas/Question");
        for (var sent : java.util.List.of("RegistrationInput", "RegistrationChange")) {
            var answers = schemas.get(sent).get("properties").get("answers");
            assertThat(answers).as(sent).isNotNull();
            assertThat(answers.get("description").asString()).as(sent).contains("par identifiant de question");
        }
        assertThat(schemas.get("RegistrationInput").get("properties").get("answers").toString()).contains("Élu·e");
        assertThat(schemas.get("Registration").get("properties").has("answers")).isTrue();
    }

    @Test
    void the_browsable_page_opens_without_login() {
        var api = new ApiHttp(port);

        var page = api.get("/swagger-ui/index.html");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
        assertThat(api.get("/swagger-ui.html").status()).isIn(200, 302);
    }
}
