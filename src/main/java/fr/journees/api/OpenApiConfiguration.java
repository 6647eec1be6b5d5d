package fr.journees.api;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;

/** The OpenAPI description served at /v3/api-docs and browsable at /swagger-ui.html. */
@Configuration
class OpenApiConfiguration {

    static final String KEY_SCHEME = "cleOrganisateur";
    static final String EVENTS = "Journées";
    static final String REGISTRATIONS = "Inscriptions";
    static final String INITIATIVES = "Initiatives";
    static final String ORGANISERS = "Organisateurs";

    @Bean
    OpenAPI journeesOpenApi(@Value("${journees.public-url:http://localhost:8080}") String publicUrl) {
        return new OpenAPI()
                .info(new Info().title("API ouverte de Journées").version("v1")
                        .description("""
                                Les journées publiées, l’inscription en ligne et le recueil des initiatives, pour \
                                le site d’un organisateur, un portail régional ou l’agenda d’un partenaire.

                                * Les points d’accès publics ne demandent aucune clé. Un site web peut les appeler \
                                depuis le navigateur si son origine est autorisée (menu « Accès API »).
                                * La liste des inscrits d’une journée demande une clé d’organisateur : \
                                `Authorization: Bearer jrn_…` (ou l’en-tête `X-Api-Key`).
                                * Les erreurs suivent la RFC 9457 (`application/problem+json`) : un `code` stable, \
                                un message en français (ou en anglais avec `Accept-Language: en`), et pour une \
                                saisie refusée (422) la liste des champs, chacun avec son message en français et \
                                en anglais.
                                * Limites : un nombre de requêtes par minute par adresse IP et par clé ; au-delà, \
                                une réponse 429 dit dans `Retry-After` quand réessayer. Les inscriptions ont en \
                                plus la limite horaire par adresse IP du formulaire public.""")
                        .license(new License().name("Données ouvertes du recueil : Licence Ouverte 2.0")
                                .url("https://www.etalab.gouv.fr/licence-ouverte-open-licence/")))
                .addServersItem(new Server().url(publicUrl))
                // in the order a partner discovers them
                .addTagsItem(new Tag().name(EVENTS)
                        .description("Les journées publiées, leur programme, leurs parcours et leurs ateliers"))
                .addTagsItem(new Tag().name(REGISTRATIONS)
                        .description("S’inscrire à une journée, puis voir, modifier ou annuler son inscription avec "
                                + "le jeton de son lien personnel"))
                .addTagsItem(new Tag().name(INITIATIVES)
                        .description("Le recueil des initiatives, en données ouvertes"))
                .addTagsItem(new Tag().name(ORGANISERS)
                        .description("Les inscrits d’une journée, avec une clé d’organisateur"))
                .components(new Components().addSecuritySchemes(KEY_SCHEME, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("jrn_…")
                        .description("Clé d’organisateur créée dans le menu « Accès API »")));
    }
}
