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
}
