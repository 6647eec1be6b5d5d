package fr.journees.chantier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;

import fr.journees.support.KaribuTest;

/** A banque that cannot be made is an error the organiser sees, not a download that silently never comes. */
class BanqueDownloadFailureTest extends KaribuTest {

    @Test
    void a_failing_banque_download_answers_an_error_and_tells_the_organiser() {
        var response = RestitutionPanel.respond(UI.getCurrent(), "banque-de-projets.pdf", "application/pdf", () -> {
            throw new IllegalStateException("invalid XML character");
        }, "Le fichier n’a pas pu être préparé.");
        MockVaadin.clientRoundtrip(false);

        assertThat(response.hasError()).isTrue();
        assertThat(response.getError()).isEqualTo(500);
        NotificationsKt.expectNotifications("Le fichier n’a pas pu être préparé.");
    }

    @Test
    void a_banque_that_renders_is_offered_whole() {
        var response = RestitutionPanel.respond(UI.getCurrent(), "b.pdf", "application/pdf", () -> new byte[] {1, 2},
                "échec");

        assertThat(response.hasError()).isFalse();
        assertThat(response.getContentLength()).isEqualTo(2);
    }
}
