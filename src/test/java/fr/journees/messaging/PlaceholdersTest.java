package fr.journees.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class PlaceholdersTest {

    private final Placeholders values = new Placeholders(Map.of("prénom", "Éléonore <b>", "lien",
            "https://journees.test/r/abc?x=1&y=2", "parcours", "Vert\r\nBcc: victim@example.test"));

    @Test
    void replaces_placeholders_written_with_or_without_accents_and_keeps_unknown_braces() {
        assertThat(values.text("Bonjour {prénom}, {Prenom} : {lien} {inconnu} {}"))
                .isEqualTo("Bonjour Éléonore <b>, Éléonore <b> : https://journees.test/r/abc?x=1&y=2 {inconnu} {}");
    }

    @Test
    void a_value_cannot_bring_a_line_break_into_a_subject() {
        assertThat(values.text("Parcours {parcours}")).doesNotContain("\r").doesNotContain("\n")
                .isEqualTo("Parcours Vert Bcc: victim@example.test");
    }

    @Test
    void the_html_part_escapes_what_the_organiser_and_the_participant_typed_and_links_the_links() {
        var html = values.html("<script>alert(1)</script> Bonjour {prénom},\n\nVotre lien : {lien}\nÀ bientôt");
        assertThat(html).doesNotContain("<script>").doesNotContain("<b>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "Bonjour Éléonore &lt;b&gt;,")
                .contains("<a href=\"https://journees.test/r/abc?x=1&amp;y=2\">https://journees.test/r/abc?x=1&amp;y=2</a>")
                .contains("</p><p>Votre lien").contains("<br>");
    }
}
