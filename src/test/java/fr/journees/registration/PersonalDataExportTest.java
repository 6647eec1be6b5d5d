package fr.journees.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** The one exporter of personal data: every key in both files, nested lists as counted sections, all escaped. */
class PersonalDataExportTest {

    @Test
    void the_page_escapes_what_people_typed_and_counts_each_list_as_the_json_holds_it() {
        var held = new LinkedHashMap<String, Object>();
        held.put("email", "a&b@example.test");
        held.put("registrations", List.of(Map.of("day", "<script>alert(1)</script>", "mails",
                List.of(Map.of("subject", "Vous êtes inscrit·e \"tôt\"")))));
        held.put("fiches", List.of());

        var html = new String(PersonalDataExport.html(held), StandardCharsets.UTF_8);
        var json = JsonMapper.builder().build().readTree(PersonalDataExport.json(held));

        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;",
                "a&amp;b@example.test", "Inscriptions · Registrations (1)", "Courriels · E-mails (1)",
                "Fiches chantier · Project sheets (0)", "Vous êtes inscrit·e &quot;tôt&quot;");
        assertThat(json.get("registrations").get(0).get("mails").get(0).get("subject").asString())
                .isEqualTo("Vous êtes inscrit·e \"tôt\"");
        assertThat(json.get("email").asString()).isEqualTo("a&b@example.test");
    }

    @Test
    void the_page_names_each_key_in_french_and_english_and_says_yes_no_statuses_and_times_in_words() {
        var held = new LinkedHashMap<String, Object>();
        held.put("firstName", "Maialen");
        held.put("status", "WAITLISTED");
        held.put("lunch", true);
        held.put("consentPhotos", false);
        held.put("registeredAt", "2026-12-01T20:56:00.455972");
        held.put("consentNoticeVersion", "2026-12-01");
        held.put("answers", Map.of("Venez-vous en bus ?", "oui"));

        var html = new String(PersonalDataExport.html(held), StandardCharsets.UTF_8);

        assertThat(html).contains("<dt data-key=\"firstName\">Prénom · First name</dt><dd>Maialen</dd>",
                "<dt data-key=\"status\">Statut · Status</dt><dd>Sur la liste d’attente · On the waiting list</dd>",
                "<dt data-key=\"lunch\">Déjeuner · Lunch</dt><dd>oui · yes</dd>",
                "<dt data-key=\"consentPhotos\">Accord pour les photos · Photo consent</dt><dd>non · no</dd>",
                "<dd>01/12/2026 20:56</dd>", "<dd>2026-12-01</dd>",
                "Réponses aux questions de la journée · Answers to the day’s questions",
                "<dt data-key=\"Venez-vous en bus ?\">Venez-vous en bus ?</dt><dd>oui</dd>");
        assertThat(new String(PersonalDataExport.json(held), StandardCharsets.UTF_8))
                .contains("\"status\" : \"WAITLISTED\"", "\"lunch\" : true", "2026-12-01T20:56:00.455972");
    }
}
