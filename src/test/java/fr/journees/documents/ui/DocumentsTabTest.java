package fr.journees.documents.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static fr.journees.db.Tables.EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;

import fr.journees.event.ui.EventEditorView;
import fr.journees.security.Roles;
import fr.journees.support.KaribuTest;

/** The documents tab of the event editor, on the demo Bayonne day. */
class DocumentsTabTest extends KaribuTest {

    @Autowired DSLContext dsl;

    long eventId;

    @BeforeEach
    void theBayonneDay() {
        eventId = dsl.select(EVENT.ID).from(EVENT).where(EVENT.SLUG.eq("visite-bayonne-2024")).fetchSingle(EVENT.ID);
    }

    private void open() {
        UI.getCurrent().navigate(EventEditorView.class, EventEditorView.parameters(eventId, "documents"));
    }

    private void finish() throws Exception {
        _get(DocumentsPanel.class).awaitJob();
        MockVaadin.clientRoundtrip(false);
    }

    @Test
    void organiser_prepares_the_livret_and_gets_a_download_link_and_a_preview() throws Exception {
        login("orga@journees.test", Roles.ORGANISER);
        open();

        _click(_get(Button.class, spec -> spec.withId("livret-prepare")));
        assertThat(_get(ProgressBar.class, spec -> spec.withId("documents-progress")).isVisible()).isTrue();
        finish();

        assertThat(_find(ProgressBar.class, spec -> spec.withId("documents-progress"))).as("hidden progress bar").isEmpty();
        assertThat(_get(Anchor.class, spec -> spec.withId("documents-download")).getText())
                .startsWith("Télécharger livret-visite-bayonne-2024-a4.pdf");
        assertThat(_find(Div.class, spec -> spec.withId("documents-preview"))).singleElement()
                .satisfies(preview -> assertThat(preview.getChildren().filter(Image.class::isInstance).count()).as("pages").isGreaterThan(0));
        assertThat(_find(Paragraph.class, spec -> spec.withId("documents-error"))).as("hidden error").isEmpty();
    }

    @Test
    void organiser_gets_the_sign_in_sheet_and_the_badges_of_the_day() throws Exception {
        login("orga@journees.test", Roles.ORGANISER);
        open();

        _click(_get(Button.class, spec -> spec.withId("sheets-sign-in")));
        finish();
        assertThat(_get(Anchor.class, spec -> spec.withId("documents-download")).getText())
                .startsWith("Télécharger emargement-visite-bayonne-2024-journee.pdf");

        _click(_get(Button.class, spec -> spec.withId("sheets-badges")));
        finish();
        assertThat(_get(Anchor.class, spec -> spec.withId("documents-download")).getText())
                .startsWith("Télécharger badges-visite-bayonne-2024-journee.pdf");
    }

    @Test
    void organiser_gets_the_funders_report_as_pdf_with_a_preview_and_as_a_spreadsheet_without() throws Exception {
        login("orga@journees.test", Roles.ORGANISER);
        open();

        _click(_get(Button.class, spec -> spec.withId("report-pdf")));
        finish();
        assertThat(_get(Anchor.class, spec -> spec.withId("documents-download")).getText())
                .startsWith("Télécharger bilan-visite-bayonne-2024.pdf");
        assertThat(_find(Div.class, spec -> spec.withId("documents-preview"))).singleElement()
                .satisfies(preview -> assertThat(preview.getChildren().filter(Image.class::isInstance).count()).as("pages").isGreaterThan(0));

        _click(_get(Button.class, spec -> spec.withId("report-xlsx")));
        finish();
        assertThat(_get(Anchor.class, spec -> spec.withId("documents-download")).getText())
                .startsWith("Télécharger bilan-visite-bayonne-2024.xlsx");
        assertThat(_find(Div.class, spec -> spec.withId("documents-preview"))).as("no preview of a spreadsheet")
                .isEmpty();
    }

    @Test
    void the_progress_and_the_result_show_right_under_the_button_pressed() throws Exception {
        login("orga@journees.test", Roles.ORGANISER);
        open();
        var panel = _get(DocumentsPanel.class);

        _click(_get(Button.class, spec -> spec.withId("sheets-badges")));
        var output = _get(VerticalLayout.class, spec -> spec.withId("documents-output"));
        assertThat(panel.indexOf(output)).as("under the sheets' buttons").isEqualTo(panel.indexOf(_get(SheetsSection.class)) + 1);
        finish();
        assertThat(output.getParent()).contains(panel);

        var prepare = _get(Button.class, spec -> spec.withId("livret-prepare"));
        _click(prepare);
        assertThat(panel.indexOf(output)).as("under the livret's button")
                .isEqualTo(panel.indexOf(prepare.getParent().orElseThrow()) + 1);
        finish();
        assertThat(_get(Anchor.class, spec -> spec.withId("documents-download")).getText()).contains("livret-");
    }

    @Test
    void a_failure_shows_a_clear_message_and_no_file() throws Exception {
        login("orga@journees.test", Roles.ORGANISER);
        open();

        _get(DocumentsPanel.class).start("casse.pdf", () -> {
            throw new IllegalStateException("rendering failed on purpose");
        });
        finish();

        assertThat(_get(Paragraph.class, spec -> spec.withId("documents-error")).getText())
                .startsWith("Le document n’a pas pu être créé.");
        assertThat(_find(Anchor.class, spec -> spec.withId("documents-download"))).isEmpty();
        assertThat(_find(ProgressBar.class, spec -> spec.withId("documents-progress"))).as("hidden progress bar").isEmpty();
    }

    @Test
    void a_facilitator_may_not_open_the_documents() {
        login("facilitatrice@journees.test", Roles.FACILITATOR);

        assertThatThrownBy(this::open).hasMessageContaining("Access is denied");
    }
}
